package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.joint-essence-available}: "The essence of the arrangement shall be made available to the data subject" (GDPR Art. 26(2)): a provision on {@code essence-available} says how, and binds the joint controller that publishes it. Whether it is in fact made available is not checkable.
 */
@API(status = INTERNAL, since = "0.1")
public final class JointArrangementEssenceRule extends JointControllerProvisionRule {

    /** Creates the rule. */
    public JointArrangementEssenceRule() {
        super("eu-gdpr.joint-essence-available", Severity.ERROR,
                "A joint controllers' arrangement says how its essence is made available to data subjects.",
                Gdpr.art("Art. 26(2)"), ProvisionTopic.ESSENCE_AVAILABLE,
                "no way by which its essence is made available to data subjects");
    }
}
