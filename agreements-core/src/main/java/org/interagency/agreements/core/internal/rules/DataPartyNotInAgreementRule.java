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
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code data.party-not-in-agreement}: a protocol's provider and recipients are parties. Data
 * disclosed to an agency that has not signed the agreement is disclosed without its safeguards
 * binding the recipient.
 */
@API(status = INTERNAL, since = "0.1")
public final class DataPartyNotInAgreementRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public DataPartyNotInAgreementRule() {
        super("data.party-not-in-agreement", Severity.ERROR, Principle.INFORMATION_SHARING,
                "A data-sharing protocol's provider and recipients are parties to the agreement.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (SectionElementRule.notApplicableIfEmpty(agreement.dataSharingProtocols(), "no data-sharing protocol", context)) {
            return;
        }
        Set<String> parties = new TreeSet<>(agreement.partyIds());
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            DataSharingProtocol protocol = protocols.get(i);
            if (!parties.contains(protocol.providerAgencyId())) {
                context.report(JsonPointer.of("dataSharingProtocols", i, "providerAgencyId"),
                        "the provider " + Messages.quote(protocol.providerAgencyId()) + " of protocol "
                                + Messages.quote(protocol.id()) + " is not a party to the agreement",
                        "add the agency as a party, or name one of the parties (" + Messages.quoteAll(parties) + ")");
            }
            List<String> recipients = protocol.recipients();
            for (int j = 0; j < recipients.size(); j++) {
                if (!parties.contains(recipients.get(j))) {
                    context.report(JsonPointer.of("dataSharingProtocols", i, "recipients", j),
                            "recipient " + Messages.quote(recipients.get(j)) + " of protocol " + Messages.quote(protocol.id())
                                    + " is not a party to the agreement, so its safeguards do not bind it",
                            "add the agency as a party before it receives data, or remove it from the recipients");
                }
            }
        }
    }
}
