package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

/**
 * {@code data.protected-without-retention}: a protocol sharing personal or sensitive data limits
 * how long the recipients keep it. Data kept without limit outlives its purpose and widens the
 * harm of any later breach; for computer matching, 5 U.S.C. 552a(o)(1)(F) requires the agreement
 * to state how long records are retained.
 */
public final class ProtectedDataWithoutRetentionRule extends ProtectedDataRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ProtectedDataWithoutRetentionRule() {
        super("data.protected-without-retention", Severity.ERROR,
                "A protocol sharing personal or sensitive data limits how long it is retained.");
    }

    @Override
    protected void checkProtected(DataSharingProtocol protocol, JsonPointer location, JsonPointer firstProtected,
            RuleContext context) {
        if (protocol.retention() == null) {
            context.report(location.append("retention"),
                    "protocol " + Messages.quote(protocol.id()) + " shares " + protectedKind(protocol)
                            + " with no retention limit",
                    "set a retention period (for example P3Y) no longer than the purpose needs",
                    List.of(firstProtected));
        }
    }
}
