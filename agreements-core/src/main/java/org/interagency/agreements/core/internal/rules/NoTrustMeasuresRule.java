package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code trust.no-measures}: the agreement plans at least one trust-building measure. Agencies
 * that first meet in a crisis work together worse than agencies that have exercised together.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoTrustMeasuresRule extends EmptySectionRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoTrustMeasuresRule() {
        super("trust.no-measures", Severity.WARNING, Principle.TRUST_BUILDING,
                "The agreement plans at least one trust-building measure.",
                "trustMeasures", Agreement::trustMeasures, "the agreement plans no trust-building measure",
                "plan a joint exercise, a staff exchange or an informal forum that brings the parties together");
    }
}
