package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Goal;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code vision.party-without-goal}: when the agreement sets goals, every party contributes to at
 * least one. A party with no stake in any goal has little reason to stay engaged.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyWithoutGoalRule extends PartyInSectionRule<Goal> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyWithoutGoalRule() {
        super("vision.party-without-goal", Severity.WARNING, Principle.SHARED_VISION,
                "When goals are set, every party contributes to at least one.",
                Agreement::goals, Goal::contributors, "no goals", "contributes to no goal",
                "name the party among the contributors of the goals it works towards");
    }
}
