package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code trust.party-excluded}: when the agreement plans trust-building measures, every party
 * takes part in at least one. Informational: a party may have reasons to stay out, but the
 * others should know.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyExcludedFromTrustRule extends UncoveredPartyRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyExcludedFromTrustRule() {
        super("trust.party-excluded", Severity.INFO, Principle.TRUST_BUILDING,
                "When trust-building measures are planned, every party takes part in at least one.");
    }

    @Override
    protected @Nullable Set<String> covered(Agreement agreement) {
        return agreement.trustMeasures().isEmpty() ? null : agencies(agreement.trustMeasures(), TrustMeasure::participants);
    }

    @Override
    protected void reportUncovered(Party party, JsonPointer location, RuleContext context) {
        context.report(location,
                "party " + Messages.quote(party.agencyId()) + " takes part in no trust-building measure",
                "add the party to a joint exercise, staff exchange or forum");
    }

    @Override
    protected String whyNotApplicable() {
        return "no trust-building measure";
    }
}
