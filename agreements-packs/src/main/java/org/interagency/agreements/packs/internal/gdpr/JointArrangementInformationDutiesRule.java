package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.joint-information-duties}: joint controllers determine "their respective duties to provide the information referred to in Articles 13 and 14" (GDPR Art. 26(1)): a provision on {@code transparency} binds the joint controller that gives it.
 */
@API(status = INTERNAL, since = "0.1")
public final class JointArrangementInformationDutiesRule extends JointControllerProvisionRule {

    /** Creates the rule. */
    public JointArrangementInformationDutiesRule() {
        super("eu-gdpr.joint-information-duties", Severity.ERROR,
                "A joint controllers' arrangement says which of them gives data subjects the information of Arts. 13 and 14.",
                Gdpr.art("Art. 26(1)"), ProvisionTopic.TRANSPARENCY,
                "no joint controller's duty to give data subjects the information of Arts. 13 and 14");
    }
}
