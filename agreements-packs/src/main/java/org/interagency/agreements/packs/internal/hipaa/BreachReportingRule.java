package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.report-incidents}: the business associate will report to the covered entity any
 * use or disclosure not provided for by the contract, including breaches of unsecured protected
 * health information (45 CFR 164.504(e)(2)(ii)(C)), and any security incident
 * (164.314(a)(2)(i)(C)): each protocol from a covered entity to a business associate states a
 * breach notification window. What the clause covers cannot be checked.
 */
@API(status = INTERNAL, since = "0.1")
public final class BreachReportingRule extends ProtocolRule {

    /** Creates the rule. */
    public BreachReportingRule() {
        super("us-hipaa.report-incidents", "A business associate reports breaches and security incidents to the covered entity.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(C)"), Hipaa.cfr("164.314(a)(2)(i)(C)")));
    }

    @Override
    void check(DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        if (protocol.breachNotificationWindow() == null) {
            context.report(at.append("breachNotificationWindow"), "protocol " + Messages.quote(protocol.id())
                    + " does not say when the business associate reports a breach or security incident to the covered"
                    + " entity, which 45 CFR 164.504(e)(2)(ii)(C) and 164.314(a)(2)(i)(C) require it to do",
                    "set breachNotificationWindow, for example PT24H");
        }
    }
}
