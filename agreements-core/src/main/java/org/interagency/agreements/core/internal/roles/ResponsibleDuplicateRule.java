package org.interagency.agreements.core.internal.roles;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;


import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code roles.responsible-duplicate}: the same work is responsible twice, by different agencies
 * in different responsibilities.
 *
 * <p>Two RESPONSIBLE assignments of different agencies, in two different responsibilities with
 * exactly the same scope, whose jurisdictions overlap and whose periods share a day (as for
 * {@link AccountableOverlapRule}), mean the work may be done twice. Several agencies responsible
 * within <em>one</em> responsibility share its work by design and are not reported. Each pair is
 * reported once, at the assignment first by content, the other as related location.
 */
@API(status = INTERNAL, since = "0.1")
public final class ResponsibleDuplicateRule extends RoleRule {

    /** The rule's id. */
    public static final String ID = "roles.responsible-duplicate";

    private static final String HINT = "merge the two responsibilities into one with both agencies responsible, or split"
            + " the work between them by scope, jurisdiction or period";

    /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
    public ResponsibleDuplicateRule() {
        super(ID, Severity.WARNING,
                "No two responsibilities with the same scope make different agencies responsible at the same place and time.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.responsibilities().isEmpty()) {
            context.notApplicable("no responsibilities");
            return;
        }
        AssignmentTable table = context.fact(AssignmentTable.EVERY_ROLE, agreement);
        OrderedPairs pairs = new OrderedPairs();
        OverlapSweep.find(table.input(), table.rowsWith(RaciRole.RESPONSIBLE), true, (a, b) -> {
            if (table.responsibility[a] != table.responsibility[b]) {
                pairs.add(a, b);
            }
        });
        pairs.reportTo(context, table, rows -> new OverlapMessage.Texts(rows, "responsible",
                "the agreement's whole territory", ": the work may be done twice"), HINT);
    }
}
