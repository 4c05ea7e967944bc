package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.TrainingProgramme;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code training.party-untrained-on-protocol}: every party that provides or receives data under
 * a protocol gives or attends a training programme covering that protocol. Safeguards on paper
 * protect nothing if the staff handling the data do not know them (the Privacy Act requires
 * rules of conduct and instruction for those who handle records, 5 U.S.C. 552a(e)(9)).
 *
 * <p>Agencies that are not parties are left to {@code data.party-not-in-agreement}.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyUntrainedOnProtocolRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyUntrainedOnProtocolRule() {
        super("training.party-untrained-on-protocol", Severity.WARNING, Principle.TRAINING,
                "Every party providing or receiving data under a protocol is trained on that protocol.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (SectionElementRule.notApplicableIfEmpty(agreement.dataSharingProtocols(), "no data-sharing protocol", context)) {
            return;
        }
        Map<String, Set<String>> trainedByProtocol = new HashMap<>();
        for (TrainingProgramme programme : agreement.trainingProgrammes()) {
            for (String protocol : programme.protocols()) {
                Set<String> trained = trainedByProtocol.computeIfAbsent(protocol, p -> new HashSet<>());
                trained.add(programme.providerAgencyId());
                trained.addAll(programme.audience());
            }
        }
        Set<String> parties = agreement.partyIds();
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            DataSharingProtocol protocol = protocols.get(i);
            Set<String> trained = trainedByProtocol.getOrDefault(protocol.id(), Set.of());
            if (parties.contains(protocol.providerAgencyId()) && !trained.contains(protocol.providerAgencyId())) {
                report(protocol, protocol.providerAgencyId(), "provides",
                        JsonPointer.of("dataSharingProtocols", i, "providerAgencyId"), context);
            }
            List<String> recipients = protocol.recipients();
            for (int j = 0; j < recipients.size(); j++) {
                if (parties.contains(recipients.get(j)) && !trained.contains(recipients.get(j))) {
                    report(protocol, recipients.get(j), "receives",
                            JsonPointer.of("dataSharingProtocols", i, "recipients", j), context);
                }
            }
        }
    }

    private static void report(DataSharingProtocol protocol, String agency, String verb, JsonPointer location,
            RuleContext context) {
        context.report(location,
                "party " + Messages.quote(agency) + " " + verb + " data under protocol " + Messages.quote(protocol.id())
                        + " but no training programme covering the protocol includes it",
                "add the protocol's id to a training programme's protocols, with the agency as its provider or in"
                        + " its audience");
    }
}
