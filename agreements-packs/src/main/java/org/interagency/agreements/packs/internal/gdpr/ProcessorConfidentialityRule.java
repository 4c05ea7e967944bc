package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.processor-confidentiality}: the processor ensures that persons authorised to process "have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality" (GDPR Art. 28(3)(b)): a provision on {@code confidentiality} binds every processor.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorConfidentialityRule extends ProcessorProvisionRule {

    /** Creates the rule. */
    public ProcessorConfidentialityRule() {
        super("eu-gdpr.processor-confidentiality",
                "The persons a processor authorises to process the data are bound to confidentiality.",
                List.of(Gdpr.art("Art. 28(3)(b)")), List.of(ProvisionTopic.CONFIDENTIALITY),
                "no commitment of the persons authorised to process to confidentiality");
    }
}
