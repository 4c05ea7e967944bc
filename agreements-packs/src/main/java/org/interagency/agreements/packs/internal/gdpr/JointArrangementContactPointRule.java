package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.joint-contact-point}: "The arrangement may designate a contact point for data subjects" (GDPR Art. 26(1)): an INFO, since the Regulation permits and does not require it, when no provision on {@code contact-point} binds a joint controller.
 */
@API(status = INTERNAL, since = "0.1")
public final class JointArrangementContactPointRule extends JointControllerProvisionRule {

    /** Creates the rule. */
    public JointArrangementContactPointRule() {
        super("eu-gdpr.joint-contact-point", Severity.INFO,
                "A joint controllers' arrangement may designate a contact point for data subjects.",
                Gdpr.art("Art. 26(1)"), ProvisionTopic.CONTACT_POINT, "no contact point for data subjects");
    }
}
