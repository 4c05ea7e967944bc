package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.processor-infringing-instruction}: "the processor shall immediately inform the controller if, in its opinion, an instruction infringes" the Regulation or other data protection law (GDPR Art. 28(3), the subparagraph after (h)): a provision on {@code infringing-instruction-notice} binds every processor.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorInfringingInstructionRule extends ProcessorProvisionRule {

    /** Creates the rule. */
    public ProcessorInfringingInstructionRule() {
        super("eu-gdpr.processor-infringing-instruction",
                "A processor immediately tells the controller of an instruction that in its opinion infringes data protection law.",
                List.of(Gdpr.art("Art. 28(3), second subparagraph")), List.of(ProvisionTopic.INFRINGING_INSTRUCTION_NOTICE),
                "no undertaking to tell the controller at once of an infringing instruction");
    }
}
