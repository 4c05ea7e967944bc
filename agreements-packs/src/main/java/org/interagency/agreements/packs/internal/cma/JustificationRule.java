package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.justification}: the agreement states the justification for the program and the anticipated results, including a specific estimate of any savings (5 U.S.C. 552a(o)(1)(B)), in a provision on {@code justification}. Whether the estimate is specific is not checked.
 */
@API(status = INTERNAL, since = "0.1")
public final class JustificationRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public JustificationRule() {
        super("us-cma.justification", Principle.FOUNDATIONS,
                "A computer matching agreement states the justification for the program and its anticipated results.",
                List.of(Cma.privacyAct("(o)(1)(B)")), ProvisionTopic.JUSTIFICATION,
                "no justification for the matching program and no anticipated results");
    }
}
