package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.termination-for-violation}: the contract must "Authorize termination of the
 * contract by the covered entity, if the covered entity determines that the business associate
 * has violated a material term" (45 CFR 164.504(e)(2)(iii)): a provision on
 * {@code termination-for-cause}. Between governmental entities 164.504(e)(3)(iii) lets the
 * arrangement omit it where that "is inconsistent with the statutory obligations" of the
 * parties, which the rule cannot see: there, a missing clause leaves the outcome unknown.
 */
@API(status = INTERNAL, since = "0.1")
public final class TerminationForViolationRule extends AbstractRule {

    /** Creates the rule. */
    public TerminationForViolationRule() {
        super("us-hipaa.termination-for-violation", Severity.ERROR, Principle.CONFLICT_RESOLUTION,
                "The covered entity may terminate the agreement if the business associate violates a material term.",
                List.of(Hipaa.cfr("164.504(e)(2)(iii)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (!agreement.provisions(ProvisionTopic.TERMINATION_FOR_CAUSE).isEmpty()) {
            context.passed("a provision on termination-for-cause is present");
        } else if (Hipaa.allGovernmental(agreement)) {
            context.unknown("every party is governmental, and 45 CFR 164.504(e)(3)(iii) lets them omit termination where"
                    + " it is inconsistent with their statutory obligations");
        } else {
            context.report(JsonPointer.of("provisions"), "the agreement does not let the covered entity terminate it if"
                    + " the business associate violates a material term, which 45 CFR 164.504(e)(2)(iii) requires",
                    "add a provision with topic \"termination-for-cause\"");
        }
    }
}
