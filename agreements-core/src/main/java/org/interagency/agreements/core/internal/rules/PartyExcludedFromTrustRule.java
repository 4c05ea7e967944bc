package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code trust.party-excluded}: when the agreement plans trust-building measures, every party
 * takes part in at least one. Informational: a party may have reasons to stay out, but the
 * others should know.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyExcludedFromTrustRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyExcludedFromTrustRule() {
        super("trust.party-excluded", Severity.INFO, Principle.TRUST_BUILDING,
                "When trust-building measures are planned, every party takes part in at least one.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.trustMeasures().isEmpty()) {
            return;
        }
        Set<String> participants = new HashSet<>();
        for (TrustMeasure measure : agreement.trustMeasures()) {
            participants.addAll(measure.participants());
        }
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            if (!participants.contains(parties.get(i).agencyId())) {
                context.report(JsonPointer.of("parties", i),
                        "party " + Messages.quote(parties.get(i).agencyId()) + " takes part in no trust-building measure",
                        "add the party to a joint exercise, staff exchange or forum");
            }
        }
    }
}
