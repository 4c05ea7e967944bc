package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code trust.party-excluded}: when the agreement plans trust-building measures, every party
 * takes part in at least one. Informational: a party may have reasons to stay out, but the
 * others should know.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyExcludedFromTrustRule extends PartyInSectionRule<TrustMeasure> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyExcludedFromTrustRule() {
        super("trust.party-excluded", Severity.INFO, Principle.TRUST_BUILDING,
                "When trust-building measures are planned, every party takes part in at least one.",
                Agreement::trustMeasures, TrustMeasure::participants, "no trust-building measure",
                "takes part in no trust-building measure", "add the party to a joint exercise, staff exchange or forum");
    }
}
