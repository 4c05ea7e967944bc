package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.subcontractors}: the business associate ensures that subcontractors that create, receive, maintain or transmit the information agree to the same restrictions and conditions (45 CFR 164.504(e)(2)(ii)(D)) and to comply with the Security Rule (164.314(a)(2)(i)(B)), in a provision on {@code subcontractor-flow-down}.
 */
@API(status = INTERNAL, since = "0.1")
public final class SubcontractorsRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public SubcontractorsRule() {
        super("us-hipaa.subcontractors", Principle.INFORMATION_SHARING,
                "A business associate agreement binds the business associate's subcontractors to the same restrictions.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(D)"), Hipaa.cfr("164.314(a)(2)(i)(B)")), ProvisionTopic.SUBCONTRACTOR_FLOW_DOWN,
                "no undertaking that subcontractors agree to the same restrictions and conditions");
    }
}
