package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code data.no-recipients}: every data-sharing protocol names who receives the data. A protocol
 * without recipients either shares nothing or shares with whoever asks.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoRecipientsRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoRecipientsRule() {
        super("data.no-recipients", Severity.ERROR, Principle.INFORMATION_SHARING,
                "Every data-sharing protocol names at least one recipient.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.dataSharingProtocols().isEmpty()) {
            context.notApplicable("no data-sharing protocol");
            return;
        }
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            if (protocols.get(i).recipients().isEmpty()) {
                context.report(JsonPointer.of("dataSharingProtocols", i, "recipients"),
                        "protocol " + Messages.quote(protocols.get(i).id()) + " names no recipient",
                        "list the agencies that receive the data");
            }
        }
    }
}
