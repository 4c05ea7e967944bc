package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Goal;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code vision.party-without-goal}: when the agreement sets goals, every party contributes to at
 * least one. A party with no stake in any goal has little reason to stay engaged.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyWithoutGoalRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyWithoutGoalRule() {
        super("vision.party-without-goal", Severity.WARNING, Principle.SHARED_VISION,
                "When goals are set, every party contributes to at least one.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.goals().isEmpty()) {
            return;
        }
        Set<String> contributors = new HashSet<>();
        for (Goal goal : agreement.goals()) {
            contributors.addAll(goal.contributors());
        }
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            if (!contributors.contains(parties.get(i).agencyId())) {
                context.report(JsonPointer.of("parties", i),
                        "party " + Messages.quote(parties.get(i).agencyId()) + " contributes to no goal",
                        "name the party among the contributors of the goals it works towards");
            }
        }
    }
}
