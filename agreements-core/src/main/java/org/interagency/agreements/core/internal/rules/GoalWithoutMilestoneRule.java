package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Goal;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code learning.goal-without-milestone}: every goal has at least one milestone. Milestones are
 * the moments the parties can recognise progress, and celebrate it, before the goal's due date.
 */
@API(status = INTERNAL, since = "0.1")
public final class GoalWithoutMilestoneRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public GoalWithoutMilestoneRule() {
        super("learning.goal-without-milestone", Severity.WARNING, Principle.LEARNING,
                "Every goal has at least one milestone.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (SectionElementRule.notApplicableIfEmpty(agreement.goals(), "no goals", context)) {
            return;
        }
        Set<String> withMilestone = new HashSet<>();
        for (Milestone milestone : agreement.milestones()) {
            withMilestone.add(milestone.goalId());
        }
        List<Goal> goals = agreement.goals();
        for (int i = 0; i < goals.size(); i++) {
            if (!withMilestone.contains(goals.get(i).id())) {
                context.report(JsonPointer.of("goals", i),
                        "goal " + Messages.quote(goals.get(i).id()) + " has no milestone",
                        "add a milestone with this goalId and a due date on the way to the goal");
            }
        }
    }
}
