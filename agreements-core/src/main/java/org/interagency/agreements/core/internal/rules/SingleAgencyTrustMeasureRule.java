package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code trust.single-agency}: every trust-building measure involves at least two distinct
 * agencies. Trust is built between agencies; a measure for one agency builds none.
 */
@API(status = INTERNAL, since = "0.1")
public final class SingleAgencyTrustMeasureRule extends SectionElementRule<TrustMeasure> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public SingleAgencyTrustMeasureRule() {
        super("trust.single-agency", Severity.WARNING, Principle.TRUST_BUILDING,
                "Every trust-building measure involves at least two distinct agencies.",
                Agreement::trustMeasures, "no trust-building measure");
    }

    @Override
    protected void checkElement(Agreement agreement, TrustMeasure measure, int i, RuleContext context) {
        int distinct = new HashSet<>(measure.participants()).size();
        if (distinct < 2) {
            context.report(JsonPointer.of("trustMeasures", i, "participants"),
                    "trust measure " + Messages.quote(measure.id()) + " involves " + distinct
                            + (distinct == 1 ? " agency" : " agencies") + "; trust is built between at least two",
                    "add the other agencies that take part in the measure");
        }
    }
}
