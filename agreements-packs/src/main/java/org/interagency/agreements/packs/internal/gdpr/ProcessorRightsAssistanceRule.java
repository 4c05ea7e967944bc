package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.processor-rights-assistance}: the processor assists the controller "for the fulfilment of the controller's obligation to respond to requests for exercising the data subject's rights" (GDPR Art. 28(3)(e)): a provision on {@code rights-request-assistance} binds every processor.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorRightsAssistanceRule extends ProcessorProvisionRule {

    /** Creates the rule. */
    public ProcessorRightsAssistanceRule() {
        super("eu-gdpr.processor-rights-assistance",
                "A processor assists the controller in responding to data subjects' requests.",
                List.of(Gdpr.art("Art. 28(3)(e)")), List.of(ProvisionTopic.RIGHTS_REQUEST_ASSISTANCE),
                "no undertaking to assist the controller with data subjects' requests");
    }
}
