package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.return-or-destroy}: at termination the business associate will, "if feasible,
 * return or destroy all protected health information" and retain no copies (45 CFR
 * 164.504(e)(2)(ii)(J)): each protocol from a covered entity to a business associate has a
 * disposal of {@code return-to-provider}, {@code destruction} or {@code secure-deletion}
 * ({@code archival} keeps the information). The fallback when return is infeasible is not
 * structured in the model and is not checked.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReturnOrDestroyRule extends ProtocolRule {

    /** Creates the rule. */
    public ReturnOrDestroyRule() {
        super("us-hipaa.return-or-destroy", "A business associate returns or destroys the information when the agreement ends.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(J)")));
    }

    @Override
    void check(DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        DisposalMethod disposal = protocol.disposal();
        if (disposal == null || disposal == DisposalMethod.ARCHIVAL) {
            context.report(at.append("disposal"), "protocol " + Messages.quote(protocol.id())
                    + " does not say that the business associate returns or destroys the information at termination,"
                    + " which 45 CFR 164.504(e)(2)(ii)(J) requires where feasible",
                    "set disposal to \"return-to-provider\", \"destruction\" or \"secure-deletion\"");
        }
    }
}
