package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code vision.no-goals}: the agreement sets common goals. Goals turn the vision into outcomes
 * the parties can plan for and be measured against.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoGoalsRule extends EmptySectionRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoGoalsRule() {
        super("vision.no-goals", Severity.WARNING, Principle.SHARED_VISION,
                "The agreement sets at least one common goal.",
                "goals", Agreement::goals, "the agreement sets no common goal",
                "add the outcomes the parties pursue together, each with a measure, a due date and its contributors");
    }
}
