package org.interagency.agreements.core.internal.roles;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

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
        if (noResponsibilities(agreement, context)) {
            return;
        }
        Set<String> parties = new TreeSet<>(agreement.partyIds());
        forEachAssignment(agreement, (responsibility, r, assignment, a) -> {
            String agency = assignment.agencyId();
            if (parties.contains(agency)) {
                return;
            }
            String nearest = Messages.didYouMean(agency, parties).orElse(null);
            context.report(JsonPointer.of("responsibilities", r, "assignments", a, "agencyId"),
                    "agency " + Messages.quote(agency) + " is assigned to responsibility "
                            + Messages.quote(responsibility.id()) + " but is not a party to the agreement",
                    (nearest == null ? "" : "did you mean " + Messages.quote(nearest) + "? Otherwise ")
                            + "add the agency as a party, or assign the role to a party");
        });
    }
}
