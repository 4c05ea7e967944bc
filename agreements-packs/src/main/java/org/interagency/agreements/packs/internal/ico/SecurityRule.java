package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.Arrays;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code uk-ico.security}: "What are the security considerations?" (the code's request form, annex
 * B): each protocol sharing personal data states at least one safeguard (encryption counts).
 */
@API(status = INTERNAL, since = "0.1")
public final class SecurityRule extends ProtocolRule {

    /** Creates the rule. */
    public SecurityRule() {
        super("uk-ico.security", "A data sharing agreement states how the data is kept secure.",
                List.of(Ico.code("annex B (security considerations)")));
    }

    @Override
    void check(Agreement agreement, DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        if (Arrays.stream(SafeguardKind.values()).noneMatch(protocol::hasSafeguard)) {
            context.report(at.append("safeguards"), "protocol " + Messages.quote(protocol.id())
                    + " shares personal data and states no security measure",
                    "add the administrative, technical and physical safeguards, or state the encryption");
        }
    }
}
