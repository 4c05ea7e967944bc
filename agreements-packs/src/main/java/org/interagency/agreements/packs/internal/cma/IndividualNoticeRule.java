package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.individual-notice}: the agreement states procedures for individualized notice at the time of application and periodically thereafter (5 U.S.C. 552a(o)(1)(D)), in a provision on {@code individual-notice}.
 */
@API(status = INTERNAL, since = "0.1")
public final class IndividualNoticeRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public IndividualNoticeRule() {
        super("us-cma.individual-notice", Principle.INFORMATION_SHARING,
                "A computer matching agreement states its procedures for individualized notice to applicants and recipients.",
                List.of(Cma.privacyAct("(o)(1)(D)")), ProvisionTopic.INDIVIDUAL_NOTICE,
                "no procedures for individualized notice at application and periodically thereafter");
    }
}
