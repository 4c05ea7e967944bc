package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.individual-access}: the business associate makes protected health information available in accordance with 164.524 (45 CFR 164.504(e)(2)(ii)(E)), in a provision on {@code individual-access}.
 */
@API(status = INTERNAL, since = "0.1")
public final class IndividualAccessRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public IndividualAccessRule() {
        super("us-hipaa.individual-access", Principle.INFORMATION_SHARING,
                "A business associate agreement makes the information available for individuals' access under 164.524.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(E)")), ProvisionTopic.INDIVIDUAL_ACCESS,
                "no undertaking to make the information available for individuals' access under 45 CFR 164.524");
    }
}
