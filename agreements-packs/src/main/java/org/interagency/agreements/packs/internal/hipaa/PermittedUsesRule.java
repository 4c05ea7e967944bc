package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.permitted-uses}: the contract must "Establish the permitted and required uses and disclosures" of protected health information by the business associate (45 CFR 164.504(e)(2)(i)), in a provision on {@code permitted-uses}.
 */
@API(status = INTERNAL, since = "0.1")
public final class PermittedUsesRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public PermittedUsesRule() {
        super("us-hipaa.permitted-uses", Principle.INFORMATION_SHARING,
                "A business associate agreement establishes the permitted and required uses and disclosures of the information.",
                List.of(Hipaa.cfr("164.504(e)(2)(i)")), ProvisionTopic.PERMITTED_USES,
                "no permitted and required uses and disclosures of the protected health information");
    }
}
