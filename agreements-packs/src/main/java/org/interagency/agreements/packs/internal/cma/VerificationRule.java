package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.verification}: the agreement states procedures for verifying information produced in the matching program as subsection (p) requires (5 U.S.C. 552a(o)(1)(E), (p)(1)(A)), in a provision on {@code verification}.
 */
@API(status = INTERNAL, since = "0.1")
public final class VerificationRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public VerificationRule() {
        super("us-cma.verification", Principle.INFORMATION_SHARING,
                "A computer matching agreement states its procedures for verifying the information the match produces.",
                List.of(Cma.privacyAct("(o)(1)(E)"), Cma.privacyAct("(p)(1)(A)")), ProvisionTopic.VERIFICATION,
                "no procedures for verifying the information the match produces");
    }
}
