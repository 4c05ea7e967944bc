package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.delivery}: the order "should include" delivery requirements (FAR 17.503(b)(2)), in a provision on {@code delivery}. A WARNING: "should".
 */
@API(status = INTERNAL, since = "0.1")
public final class DeliveryRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public DeliveryRule() {
        super("us-iaa.delivery", Severity.WARNING, Principle.ROLES_AND_RESPONSIBILITIES,
                "An interagency order states its delivery requirements.",
                List.of(Iaa.far("17.503(b)(2)")), ProvisionTopic.DELIVERY,
                "no delivery requirements");
    }
}
