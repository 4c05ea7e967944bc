package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;


import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code data.no-recipients}: every data-sharing protocol names who receives the data. A protocol
 * without recipients either shares nothing or shares with whoever asks.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoRecipientsRule extends SectionElementRule<DataSharingProtocol> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoRecipientsRule() {
        super("data.no-recipients", Severity.ERROR, Principle.INFORMATION_SHARING,
                "Every data-sharing protocol names at least one recipient.",
                Agreement::dataSharingProtocols, "no data-sharing protocol");
    }

    @Override
    protected void checkElement(Agreement agreement, DataSharingProtocol protocol, int i, RuleContext context) {
        if (protocol.recipients().isEmpty()) {
            context.report(JsonPointer.of("dataSharingProtocols", i, "recipients"),
                    "protocol " + Messages.quote(protocol.id()) + " names no recipient",
                    "list the agencies that receive the data");
        }
    }
}
