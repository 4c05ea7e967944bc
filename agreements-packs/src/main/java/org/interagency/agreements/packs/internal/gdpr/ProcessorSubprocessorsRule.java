package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.processor-subprocessors}: the processor "respects the conditions referred to in paragraphs 2 and 4 for engaging another processor" (GDPR Art. 28(3)(d)): prior specific or general written authorisation (Art. 28(2)), in a provision on {@code subprocessor-authorisation}, and the same data protection obligations imposed on the other processor (Art. 28(4)), in a provision on {@code subcontractor-flow-down}; both bind every processor.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorSubprocessorsRule extends ProcessorProvisionRule {

    /** Creates the rule. */
    public ProcessorSubprocessorsRule() {
        super("eu-gdpr.processor-subprocessors",
                "A processor engages another processor only with the controller's written authorisation, and flows the same obligations down.",
                List.of(Gdpr.art("Art. 28(3)(d)"), Gdpr.art("Art. 28(2)"), Gdpr.art("Art. 28(4)")), List.of(ProvisionTopic.SUBPROCESSOR_AUTHORISATION, ProvisionTopic.SUBCONTRACTOR_FLOW_DOWN),
                "no condition for engaging another processor");
    }
}
