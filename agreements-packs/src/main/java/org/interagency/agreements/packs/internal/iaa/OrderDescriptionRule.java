package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.order-description}: the order "should include" a description of the supplies or services required (FAR 17.503(b)(1), the same in the RFO text), with the bona fide need, in a provision on {@code bona-fide-need}. A WARNING: "should".
 */
@API(status = INTERNAL, since = "0.1")
public final class OrderDescriptionRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public OrderDescriptionRule() {
        super("us-iaa.order-description", Severity.WARNING, Principle.ROLES_AND_RESPONSIBILITIES,
                "An interagency order describes the supplies or services and the bona fide need they serve.",
                List.of(Iaa.far("17.503(b)(1)")), ProvisionTopic.BONA_FIDE_NEED,
                "no description of the supplies or services ordered and the need they serve");
    }
}
