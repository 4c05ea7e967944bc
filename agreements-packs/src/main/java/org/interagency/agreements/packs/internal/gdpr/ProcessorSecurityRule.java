package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.Arrays;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.processor-security}: the processor "takes all measures required pursuant to
 * Article 32" (GDPR Art. 28(3)(c)): each protocol from a controller to a processor states at least
 * one safeguard (encryption counts). Art. 32 itself was not read, so whether the measures are
 * those it requires is not checked.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorSecurityRule extends ProcessorProtocolRule {

    /** Creates the rule. */
    public ProcessorSecurityRule() {
        super("eu-gdpr.processor-security", "A contract with a processor states the security measures it takes.",
                List.of(Gdpr.art("Art. 28(3)(c)")));
    }

    @Override
    void check(DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        if (Arrays.stream(SafeguardKind.values()).noneMatch(protocol::hasSafeguard)) {
            context.report(at.append("safeguards"), "protocol " + Messages.quote(protocol.id())
                    + " states no security measure of the processor, which GDPR Art. 28(3)(c) requires",
                    "add the technical and organisational measures the processor takes, or state the encryption");
        }
    }
}
