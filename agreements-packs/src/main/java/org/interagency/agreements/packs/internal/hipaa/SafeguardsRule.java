package org.interagency.agreements.packs.internal.hipaa;

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
 * {@code us-hipaa.safeguards}: the business associate will "Use appropriate safeguards and
 * comply, where applicable, with subpart C" (45 CFR 164.504(e)(2)(ii)(B); 164.314(a)(2)(i)(A)):
 * each protocol from a covered entity to a business associate states at least one safeguard
 * (encryption counts). Whether they are appropriate, and what subpart C itself requires, are not
 * checked: subpart C's own sections were not read.
 */
@API(status = INTERNAL, since = "0.1")
public final class SafeguardsRule extends ProtocolRule {

    /** Creates the rule. */
    public SafeguardsRule() {
        super("us-hipaa.safeguards", "A business associate agreement states the safeguards of the information.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(B)"), Hipaa.cfr("164.314(a)(2)(i)(A)")));
    }

    @Override
    void check(DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        if (Arrays.stream(SafeguardKind.values()).noneMatch(protocol::hasSafeguard)) {
            context.report(at.append("safeguards"), "protocol " + Messages.quote(protocol.id())
                    + " states no safeguard of the information; 45 CFR 164.504(e)(2)(ii)(B) requires appropriate safeguards",
                    "add the administrative, technical and physical safeguards the business associate uses");
        }
    }
}
