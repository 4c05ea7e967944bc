package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Amendment;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Goal;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.Party;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.Review;
import org.interagency.agreements.TrainingProgramme;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code refs.duplicate-id}: ids are unique within their section (parties by agency id,
 * authorities, goals, responsibilities, channels, trust measures, governance bodies, data-sharing
 * protocols, the data sets of one protocol, training programmes, escalation paths, milestones,
 * reviews, resource commitments, amendments). A reference to a duplicated id is ambiguous. Each
 * repeat is reported at its own id, with the first occurrence as the related location.
 */
@API(status = INTERNAL, since = "0.1")
public final class DuplicateIdRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public DuplicateIdRule() {
        super("refs.duplicate-id", Severity.ERROR, Principle.FOUNDATIONS,
                "Ids are unique within their section, so that every reference names one element.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        unique(agreement.parties(), Party::agencyId, JsonPointer.of("parties"), "agencyId", "party agency id", context);
        unique(agreement.authorities(), LegalAuthority::id, JsonPointer.of("authorities"), "id", "authority id", context);
        unique(agreement.goals(), Goal::id, JsonPointer.of("goals"), "id", "goal id", context);
        unique(agreement.responsibilities(), Responsibility::id, JsonPointer.of("responsibilities"), "id",
                "responsibility id", context);
        unique(agreement.channels(), CommunicationChannel::id, JsonPointer.of("channels"), "id", "channel id", context);
        unique(agreement.trustMeasures(), TrustMeasure::id, JsonPointer.of("trustMeasures"), "id",
                "trust measure id", context);
        unique(agreement.governanceBodies(), GovernanceBody::id, JsonPointer.of("governanceBodies"), "id",
                "governance body id", context);
        unique(agreement.dataSharingProtocols(), DataSharingProtocol::id, JsonPointer.of("dataSharingProtocols"), "id",
                "data-sharing protocol id", context);
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            unique(protocols.get(i).dataSets(), DataSet::id, JsonPointer.of("dataSharingProtocols", i, "dataSets"), "id",
                    "data set id", context);
        }
        unique(agreement.trainingProgrammes(), TrainingProgramme::id, JsonPointer.of("trainingProgrammes"), "id",
                "training programme id", context);
        unique(agreement.escalationPaths(), EscalationPath::id, JsonPointer.of("escalationPaths"), "id",
                "escalation path id", context);
        unique(agreement.milestones(), Milestone::id, JsonPointer.of("milestones"), "id", "milestone id", context);
        unique(agreement.reviews(), Review::id, JsonPointer.of("reviews"), "id", "review id", context);
        unique(agreement.resourceCommitments(), ResourceCommitment::id, JsonPointer.of("resourceCommitments"), "id",
                "resource commitment id", context);
        unique(agreement.amendments(), Amendment::id, JsonPointer.of("amendments"), "id", "amendment id", context);
    }

    private static <T> void unique(List<T> items, Function<T, String> id, JsonPointer section, String idKey,
            String what, RuleContext context) {
        if (items.size() < 2) {
            return;
        }
        Map<String, Integer> first = new HashMap<>(2 * items.size());
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            Integer earlier = first.putIfAbsent(value, i);
            if (earlier != null) {
                context.report(section.append(i, idKey),
                        what + " " + Messages.quote(value) + " is used again in the same section",
                        "give each element of the section its own id, and make references name the one they mean",
                        List.of(section.append(earlier, idKey)));
            }
        }
    }
}
