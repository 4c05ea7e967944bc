package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.Term;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code data.retention-without-disposal}: a protocol whose data may be kept past the agreement's
 * term says what happens to it then. Retention reaches past the term when it is unlimited, when
 * the term has no expiry, or when the term's effective date plus the retention period falls after
 * the expiry. Without a disposal clause, data outlives the agreement that governed it.
 */
@API(status = INTERNAL, since = "0.1")
public final class RetentionWithoutDisposalRule extends SectionElementRule<DataSharingProtocol> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public RetentionWithoutDisposalRule() {
        super("data.retention-without-disposal", Severity.WARNING, Principle.INFORMATION_SHARING,
                "A protocol whose data may be kept beyond the term says how it is disposed of.",
                Agreement::dataSharingProtocols, "no data-sharing protocol");
    }

    @Override
    protected void checkElement(Agreement agreement, DataSharingProtocol protocol, int i, RuleContext context) {
        if (protocol.disposal() != null) {
            return;
        }
        Term term = agreement.term();
        Period retention = protocol.retention();
        String why;
        if (retention == null) {
            why = "retains data without limit";
        } else if (term.expires() == null) {
            why = "retains data for " + retention + " under a term with no expiry";
        } else {
            LocalDate keptUntil = Dates.plus(term.effective(), retention);
            if (!keptUntil.isAfter(term.expires())) {
                return;
            }
            why = "may retain data until " + keptUntil + ", after the term expires on " + term.expires();
        }
        context.report(JsonPointer.of("dataSharingProtocols", i, "disposal"),
                "protocol " + Messages.quote(protocol.id()) + " " + why + " and has no disposal clause",
                "say how the data is disposed of when retention ends (secure deletion, destruction, return to"
                        + " the provider, or archival)",
                retention == null ? List.of() : List.of(JsonPointer.of("dataSharingProtocols", i, "retention")));
    }
}
