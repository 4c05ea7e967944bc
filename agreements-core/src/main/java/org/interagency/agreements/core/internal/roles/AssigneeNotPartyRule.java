package org.interagency.agreements.core.internal.roles;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code roles.assignee-not-party}: an assignment names an agency that is not a party to the
 * agreement, so it has not agreed to the role. Reported at the assignment's {@code agencyId},
 * suggesting the party with the nearest id.
 */
@API(status = INTERNAL, since = "0.1")
public final class AssigneeNotPartyRule extends RoleRule {

    /** The rule's id. */
    public static final String ID = "roles.assignee-not-party";

    /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
    public AssigneeNotPartyRule() {
        super(ID, Severity.ERROR, "Every assignment names an agency that is a party to the agreement.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.responsibilities().isEmpty()) {
            context.notApplicable("no responsibilities");
            return;
        }
        Set<String> parties = new TreeSet<>(agreement.partyIds());
        List<Responsibility> responsibilities = agreement.responsibilities();
        for (int r = 0; r < responsibilities.size(); r++) {
            List<Assignment> assignments = responsibilities.get(r).assignments();
            for (int a = 0; a < assignments.size(); a++) {
                String agency = assignments.get(a).agencyId();
                if (parties.contains(agency)) {
                    continue;
                }
                String nearest = Messages.didYouMean(agency, parties).orElse(null);
                context.report(JsonPointer.of("responsibilities", r, "assignments", a, "agencyId"),
                        "agency " + Messages.quote(agency) + " is assigned to responsibility "
                                + Messages.quote(responsibilities.get(r).id()) + " but is not a party to the agreement",
                        (nearest == null ? "" : "did you mean " + Messages.quote(nearest) + "? Otherwise ")
                                + "add the agency as a party, or assign the role to a party");
            }
        }
    }
}
