package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.processor-instructions}: the processor "processes the personal data only on documented instructions from the controller, including with regard to transfers" to a third country (GDPR Art. 28(3)(a)): a provision on {@code processor-instructions} binds every processor.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorInstructionsRule extends ProcessorProvisionRule {

    /** Creates the rule. */
    public ProcessorInstructionsRule() {
        super("eu-gdpr.processor-instructions",
                "A processor processes the personal data only on the controller's documented instructions.",
                List.of(Gdpr.art("Art. 28(3)(a)")), List.of(ProvisionTopic.PROCESSOR_INSTRUCTIONS),
                "no undertaking to process the personal data only on documented instructions");
    }
}
