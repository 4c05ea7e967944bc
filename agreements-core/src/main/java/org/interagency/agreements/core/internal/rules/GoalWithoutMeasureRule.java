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

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code vision.goal-without-measure}: every goal has a measurable outcome. A goal without a
 * measure cannot be reported on, so nobody can tell whether the collaboration works.
 */
@API(status = INTERNAL, since = "0.1")
public final class GoalWithoutMeasureRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public GoalWithoutMeasureRule() {
        super("vision.goal-without-measure", Severity.WARNING, Principle.SHARED_VISION,
                "Every goal has at least one measure with a unit and a target.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.goals().isEmpty()) {
            context.notApplicable("no goals");
            return;
        }
        List<Goal> goals = agreement.goals();
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).measures().isEmpty()) {
                context.report(JsonPointer.of("goals", i, "measures"),
                        "goal " + Messages.quote(goals.get(i).id()) + " has no measure",
                        "add a measure with a unit, a baseline and a target, so progress can be reported");
            }
        }
    }
}
