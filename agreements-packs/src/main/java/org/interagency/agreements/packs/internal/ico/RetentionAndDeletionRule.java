package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code uk-ico.retention-and-deletion}: "Agree retention periods and make arrangements for secure
 * deletion" (ICO, Navigating the data sharing code): each protocol sharing personal data has a
 * {@code retention} and a {@code disposal} of {@code secure-deletion}, {@code destruction} or
 * {@code return-to-provider}.
 */
@API(status = INTERNAL, since = "0.1")
public final class RetentionAndDeletionRule extends ProtocolRule {

    /** Creates the rule. */
    public RetentionAndDeletionRule() {
        super("uk-ico.retention-and-deletion", "A data sharing agreement agrees retention periods and secure deletion.",
                List.of(Ico.navigating()));
    }

    @Override
    void check(Agreement agreement, DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        if (protocol.retention() == null) {
            context.report(at.append("retention"), "protocol " + Messages.quote(protocol.id())
                    + " shares personal data and agrees no retention period", "set retention, for example \"P2Y\"");
        }
        DisposalMethod disposal = protocol.disposal();
        if (disposal == null || disposal == DisposalMethod.ARCHIVAL) {
            context.report(at.append("disposal"), "protocol " + Messages.quote(protocol.id())
                    + " shares personal data and makes no arrangement for its secure deletion",
                    "set disposal to \"secure-deletion\", \"destruction\" or \"return-to-provider\"");
        }
    }
}
