package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.processor-compliance-assistance}: the processor "assists the controller in ensuring compliance with the obligations pursuant to Articles 32 to 36" (GDPR Art. 28(3)(f)): a provision on {@code compliance-assistance} binds every processor. A breach notification window alone does not suffice: Arts. 35 and 36 are about impact assessments.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorComplianceAssistanceRule extends ProcessorProvisionRule {

    /** Creates the rule. */
    public ProcessorComplianceAssistanceRule() {
        super("eu-gdpr.processor-compliance-assistance",
                "A processor assists the controller with security, breach notification, impact assessment and prior consultation.",
                List.of(Gdpr.art("Art. 28(3)(f)")), List.of(ProvisionTopic.COMPLIANCE_ASSISTANCE),
                "no undertaking to assist the controller with Arts. 32 to 36");
    }
}
