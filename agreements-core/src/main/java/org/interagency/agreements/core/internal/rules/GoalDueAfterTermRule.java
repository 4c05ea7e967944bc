package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Goal;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code vision.goal-due-after-term}: no goal is due after the agreement expires. Once the term
 * ends no party is bound to pursue it, so the goal is promised by nobody.
 */
@API(status = INTERNAL, since = "0.1")
public final class GoalDueAfterTermRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public GoalDueAfterTermRule() {
        super("vision.goal-due-after-term", Severity.WARNING, Principle.SHARED_VISION,
                "No goal is due after the agreement's term expires.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (SectionElementRule.notApplicableIfEmpty(agreement.goals(), "no goals", context)) {
            return;
        }
        if (agreement.term().expires() == null) {
            context.notApplicable("the term has no expiry date");
            return;
        }
        if (agreement.goals().stream().allMatch(goal -> goal.due() == null)) {
            context.unknown("no goal has a due date");
            return;
        }
        LocalDate expires = agreement.term().expires();
        if (expires == null) {
            return;
        }
        List<Goal> goals = agreement.goals();
        for (int i = 0; i < goals.size(); i++) {
            LocalDate due = goals.get(i).due();
            if (due != null && due.isAfter(expires)) {
                context.report(JsonPointer.of("goals", i, "due"),
                        "goal " + Messages.quote(goals.get(i).id()) + " is due on " + due
                                + ", after the agreement expires on " + expires,
                        "bring the due date within the term, or extend the term",
                        List.of(JsonPointer.of("term", "expires")));
            }
        }
    }
}
