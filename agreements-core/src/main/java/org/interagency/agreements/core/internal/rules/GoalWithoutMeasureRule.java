package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Goal;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;


import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code vision.goal-without-measure}: every goal has a measurable outcome. A goal without a
 * measure cannot be reported on, so nobody can tell whether the collaboration works.
 */
@API(status = INTERNAL, since = "0.1")
public final class GoalWithoutMeasureRule extends SectionElementRule<Goal> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public GoalWithoutMeasureRule() {
        super("vision.goal-without-measure", Severity.WARNING, Principle.SHARED_VISION,
                "Every goal has at least one measure with a unit and a target.",
                Agreement::goals, "no goals");
    }

    @Override
    protected void checkElement(Agreement agreement, Goal goal, int i, RuleContext context) {
        if (goal.measures().isEmpty()) {
            context.report(JsonPointer.of("goals", i, "measures"),
                    "goal " + Messages.quote(goal.id()) + " has no measure",
                    "add a measure with a unit, a baseline and a target, so progress can be reported");
        }
    }
}
