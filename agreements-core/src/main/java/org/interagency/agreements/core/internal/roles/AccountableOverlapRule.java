package org.interagency.agreements.core.internal.roles;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.core.internal.PortfolioCheck;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code roles.accountable-overlap}: two agencies are accountable for the same work at the same
 * place and time.
 *
 * <p>Two ACCOUNTABLE assignments of different agencies conflict when their scopes overlap (equal,
 * or one an ancestor of the other: accountable for {@code emergency/flood} is accountable for
 * {@code emergency/flood/evacuation}), their jurisdictions overlap (equal or one containing the
 * other; an assignment without jurisdiction covers the agreement's whole territory and overlaps
 * every jurisdiction), and their periods share a day (an assignment without period covers the
 * term). The two may be in one responsibility or in two. Each conflicting pair is reported once,
 * at the assignment that comes first by content (responsibility id, agency id, jurisdiction,
 * days), with the other as related location, whatever the order of the lists.
 *
 * <p>Cost: O((n + k) log n) for n accountable assignments and k conflicts; see {@link OverlapSweep}.
 */
@API(status = INTERNAL, since = "0.1")
public final class AccountableOverlapRule extends RoleRule implements PortfolioCheck {

    /** The rule's id. */
    public static final String ID = "roles.accountable-overlap";

    static final String HINT = "make exactly one agency accountable for this work here and now: give the other"
            + " another role (responsible, consulted), or narrow the jurisdictions or periods so that they do not overlap";

    /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
    public AccountableOverlapRule() {
        super(ID, Severity.ERROR, "No two agencies are accountable for overlapping scope, jurisdiction and time.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.responsibilities().isEmpty()) {
            context.notApplicable("no responsibilities");
            return;
        }
        AssignmentTable table = context.fact(AssignmentTable.EVERY_ROLE, agreement);
        OrderedPairs pairs = new OrderedPairs();
        OverlapSweep.find(table.input(), table.rowsWith(RaciRole.ACCOUNTABLE), false, (a, b) -> {
            pairs.add(a, b);
        });
        // The messages are written when read: most findings of a large agreement never are.
        pairs.reportTo(context, table,
                rows -> new OverlapMessage.Texts(rows, "accountable", "the agreement's whole territory", ""), HINT);
    }

    /** The same conflicts between agreements of a portfolio; see {@link PortfolioOverlaps}. */
    @Override
    public List<PortfolioFinding> checkPortfolio(List<Agreement> agreements, Severity severity) {
        return PortfolioOverlaps.find(agreements, severity);
    }

    /** As {@link #checkPortfolio(List, Severity)}, one top-level scope segment at a time; see {@link PortfolioOverlaps}. */
    @Override
    public List<PortfolioFinding> checkPortfolio(List<Agreement> agreements, Severity severity, int threads) {
        return PortfolioOverlaps.find(agreements, severity, threads);
    }
}
