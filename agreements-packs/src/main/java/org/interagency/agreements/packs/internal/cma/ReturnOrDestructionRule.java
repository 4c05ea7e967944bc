package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.return-or-destruction}: the agreement states procedures governing the recipient's use of the records the source provides, including their return or destruction (5 U.S.C. 552a(o)(1)(I)), in a provision on {@code return-or-destruction}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReturnOrDestructionRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public ReturnOrDestructionRule() {
        super("us-cma.return-or-destruction", Principle.INFORMATION_SHARING,
                "A computer matching agreement states how the records the source provides are used and returned or destroyed.",
                List.of(Cma.privacyAct("(o)(1)(I)")), ProvisionTopic.RETURN_OR_DESTRUCTION,
                "no procedures governing the use of the records provided and their return to the source or destruction");
    }
}
