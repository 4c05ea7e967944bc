package org.interagency.agreements.core.internal.roles;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code roles.assignment-outside-term}: an assignment's period does not lie within the
 * agreement's term (it starts before the term takes effect, or ends after it expires, or is
 * open-ended while the term expires), so part of it has no agreement behind it. Reported at the
 * assignment's {@code period}. A term that expires before it takes effect is reported by Bean
 * Validation, and this rule then reports nothing.
 */
@API(status = INTERNAL, since = "0.1")
public final class AssignmentOutsideTermRule extends RoleRule {

    /** The rule's id. */
    public static final String ID = "roles.assignment-outside-term";

    /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
    public AssignmentOutsideTermRule() {
        super(ID, Severity.WARNING, "Every assignment's period lies within the agreement's term.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.responsibilities().stream().flatMap(r -> r.assignments().stream())
                .allMatch(a -> a.period() == null)) {
            context.notApplicable("no assignment has a period of its own");
            return;
        }
        if (!agreement.term().isChronological()) {
            context.unknown("the term expires before it takes effect, so its days are unknown");
            return;
        }
        DateRange term = agreement.term().period();
        forEachAssignment(agreement, (responsibility, r, assignment, a) -> {
            DateRange period = assignment.period();
            if (period == null || term.contains(period)) {
                return;
            }
            context.report(JsonPointer.of("responsibilities", r, "assignments", a, "period"),
                    "the assignment of agency " + Messages.quote(assignment.agencyId()) + " to responsibility "
                            + Messages.quote(responsibility.id()) + " runs " + period
                            + ", outside the agreement's term " + term,
                    "keep the period within the term, or amend the term");
        });
    }
}
