package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.joint-data-subject-rights}: joint controllers determine their respective responsibilities "in particular as regards the exercising of the rights of the data subject" (GDPR Art. 26(1)): a provision on {@code individual-rights} binds the joint controller that handles them.
 */
@API(status = INTERNAL, since = "0.1")
public final class JointArrangementDataSubjectRightsRule extends JointControllerProvisionRule {

    /** Creates the rule. */
    public JointArrangementDataSubjectRightsRule() {
        super("eu-gdpr.joint-data-subject-rights", Severity.ERROR,
                "A joint controllers' arrangement says which of them handles the exercise of data subjects' rights.",
                Gdpr.art("Art. 26(1)"), ProvisionTopic.INDIVIDUAL_RIGHTS,
                "no joint controller's responsibility for the exercise of data subjects' rights");
    }
}
