package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.no-other-use}: the business associate will "Not use or further disclose the
 * information other than as permitted or required by the contract or as required by law" (45 CFR
 * 164.504(e)(2)(ii)(A)): a protocol from a covered entity to a business associate does not permit
 * onward sharing at will ({@code prohibited}, or {@code with-provider-consent}, which the contract
 * then permits case by case).
 */
@API(status = INTERNAL, since = "0.1")
public final class NoOtherUseRule extends ProtocolRule {

    /** Creates the rule. */
    public NoOtherUseRule() {
        super("us-hipaa.no-other-use", "A business associate may not disclose the information further than the agreement permits.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(A)")));
    }

    @Override
    void check(DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        if (protocol.onwardSharing() == OnwardSharing.PERMITTED) {
            context.report(at.append("onwardSharing"), "protocol " + Messages.quote(protocol.id())
                    + " lets the business associate share the information onward at will; 45 CFR 164.504(e)(2)(ii)(A)"
                    + " limits further disclosure to what the contract permits or the law requires",
                    "set onwardSharing to \"prohibited\" or \"with-provider-consent\"");
        }
    }
}
