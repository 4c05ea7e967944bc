package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Amendment;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.Goal;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.Review;
import org.interagency.agreements.TrainingProgramme;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code refs.unknown-agency}: every agency named as a goal contributor, channel owner or
 * participant, trust measure participant, governance body member or chair, training provider or
 * audience, review participant, sponsor, resource commitment, signatory or amendment approver is
 * a party. An agency that is not a party has not agreed to anything in the agreement.
 *
 * <p>Assignments and data-sharing protocols are left to {@code roles.assignee-not-party} and
 * {@code data.party-not-in-agreement}, which say more about what goes wrong there.
 */
public final class UnknownAgencyRule extends CatalogueRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public UnknownAgencyRule() {
        super("refs.unknown-agency", Severity.ERROR, Principle.FOUNDATIONS,
                "Every agency the agreement names (outside assignments and protocols) is a party.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Set<String> parties = new TreeSet<>(agreement.partyIds());
        List<Goal> goals = agreement.goals();
        for (int i = 0; i < goals.size(); i++) {
            each(goals.get(i).contributors(), JsonPointer.of("goals", i, "contributors"), "goal contributor", parties, context);
        }
        List<CommunicationChannel> channels = agreement.channels();
        for (int i = 0; i < channels.size(); i++) {
            one(channels.get(i).ownerAgencyId(), JsonPointer.of("channels", i, "ownerAgencyId"), "channel owner",
                    parties, context);
            each(channels.get(i).participants(), JsonPointer.of("channels", i, "participants"), "channel participant",
                    parties, context);
        }
        List<TrustMeasure> measures = agreement.trustMeasures();
        for (int i = 0; i < measures.size(); i++) {
            each(measures.get(i).participants(), JsonPointer.of("trustMeasures", i, "participants"),
                    "trust measure participant", parties, context);
        }
        List<GovernanceBody> bodies = agreement.governanceBodies();
        for (int i = 0; i < bodies.size(); i++) {
            each(bodies.get(i).members(), JsonPointer.of("governanceBodies", i, "members"), "body member", parties, context);
            one(bodies.get(i).chairAgencyId(), JsonPointer.of("governanceBodies", i, "chairAgencyId"), "body chair",
                    parties, context);
        }
        List<TrainingProgramme> programmes = agreement.trainingProgrammes();
        for (int i = 0; i < programmes.size(); i++) {
            one(programmes.get(i).providerAgencyId(), JsonPointer.of("trainingProgrammes", i, "providerAgencyId"),
                    "training provider", parties, context);
            each(programmes.get(i).audience(), JsonPointer.of("trainingProgrammes", i, "audience"), "training audience",
                    parties, context);
        }
        List<Review> reviews = agreement.reviews();
        for (int i = 0; i < reviews.size(); i++) {
            each(reviews.get(i).participants(), JsonPointer.of("reviews", i, "participants"), "review participant",
                    parties, context);
        }
        for (int i = 0; i < agreement.sponsors().size(); i++) {
            one(agreement.sponsors().get(i).agencyId(), JsonPointer.of("sponsors", i, "agencyId"), "sponsor's agency",
                    parties, context);
        }
        for (int i = 0; i < agreement.resourceCommitments().size(); i++) {
            one(agreement.resourceCommitments().get(i).agencyId(), JsonPointer.of("resourceCommitments", i, "agencyId"),
                    "committing agency", parties, context);
        }
        for (int i = 0; i < agreement.signatories().size(); i++) {
            one(agreement.signatories().get(i).agencyId(), JsonPointer.of("signatories", i, "agencyId"),
                    "signatory's agency", parties, context);
        }
        List<Amendment> amendments = agreement.amendments();
        for (int i = 0; i < amendments.size(); i++) {
            each(amendments.get(i).approvedBy(), JsonPointer.of("amendments", i, "approvedBy"), "amendment approver",
                    parties, context);
        }
    }

    private static void each(List<String> agencies, JsonPointer list, String what, Set<String> parties,
            RuleContext context) {
        for (int j = 0; j < agencies.size(); j++) {
            one(agencies.get(j), list.append(j), what, parties, context);
        }
    }

    private static void one(String agency, JsonPointer location, String what, Set<String> parties,
            RuleContext context) {
        if (!parties.contains(agency)) {
            context.report(location, what + " " + Echo.quote(agency) + " is not a party to the agreement",
                    parties.isEmpty()
                            ? "add " + Echo.quote(agency) + " to the parties"
                            : "name one of the parties (" + Echo.list(parties) + "), or add " + Echo.quote(agency)
                                    + " to the parties");
        }
    }
}
