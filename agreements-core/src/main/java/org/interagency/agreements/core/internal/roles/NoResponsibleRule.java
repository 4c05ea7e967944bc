package org.interagency.agreements.core.internal.roles;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code roles.no-responsible}: a responsibility has no RESPONSIBLE assignment, so no agency is
 * named to do the work. Reported at the responsibility.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoResponsibleRule extends RoleRule {

    /** The rule's id. */
    public static final String ID = "roles.no-responsible";

    /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
    public NoResponsibleRule() {
        super(ID, Severity.WARNING, "Every responsibility has an agency responsible for doing the work.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (noResponsibilities(agreement, context)) {
            return;
        }
        List<Responsibility> responsibilities = agreement.responsibilities();
        for (int r = 0; r < responsibilities.size(); r++) {
            Responsibility responsibility = responsibilities.get(r);
            boolean anyResponsible = false;
            for (Assignment assignment : responsibility.assignments()) {
                anyResponsible |= assignment.role() == RaciRole.RESPONSIBLE;
            }
            if (!anyResponsible) {
                context.report(JsonPointer.of("responsibilities", r),
                        "responsibility " + Messages.quote(responsibility.id()) + " (" + responsibility.scope()
                                + ") has no responsible agency: no one is named to do the work",
                        "assign the agency that does the work with role responsible");
            }
        }
    }
}
