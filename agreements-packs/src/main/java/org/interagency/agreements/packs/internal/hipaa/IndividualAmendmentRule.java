package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.individual-amendment}: the business associate makes protected health information available for amendment and incorporates amendments in accordance with 164.526 (45 CFR 164.504(e)(2)(ii)(F)), in a provision on {@code individual-amendment}.
 */
@API(status = INTERNAL, since = "0.1")
public final class IndividualAmendmentRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public IndividualAmendmentRule() {
        super("us-hipaa.individual-amendment", Principle.INFORMATION_SHARING,
                "A business associate agreement makes the information available for amendment under 164.526.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(F)")), ProvisionTopic.INDIVIDUAL_AMENDMENT,
                "no undertaking to make the information available for amendment and incorporate amendments under 45 CFR 164.526");
    }
}
