package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
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

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code refs.unknown-agency}: every agency named as a goal contributor, channel owner or
 * participant, trust measure participant, governance body member or chair, training provider or
 * audience, review participant, sponsor, resource commitment, signatory or amendment approver is
 * a party. An agency that is not a party has not agreed to anything in the agreement.
 *
 * <p>Assignments and data-sharing protocols are left to {@code roles.assignee-not-party} and
 * {@code data.party-not-in-agreement}, which say more about what goes wrong there.
 */
@API(status = INTERNAL, since = "0.1")
public final class UnknownAgencyRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public UnknownAgencyRule() {
        super("refs.unknown-agency", Severity.ERROR, Principle.FOUNDATIONS,
                "Every agency the agreement names (outside assignments and protocols) is a party.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        // Looked up once per agency named; sorted only when a finding lists them.
        Set<String> parties = agreement.partyIds();
        List<Goal> goals = agreement.goals();
        for (int i = 0; i < goals.size(); i++) {
            each(goals.get(i).contributors(), "goals", i, "contributors", "goal contributor", parties, context);
        }
        List<CommunicationChannel> channels = agreement.channels();
        for (int i = 0; i < channels.size(); i++) {
            one(channels.get(i).ownerAgencyId(), "channels", i, "ownerAgencyId", "channel owner",
                    parties, context);
            each(channels.get(i).participants(), "channels", i, "participants", "channel participant",
                    parties, context);
        }
        List<TrustMeasure> measures = agreement.trustMeasures();
        for (int i = 0; i < measures.size(); i++) {
            each(measures.get(i).participants(), "trustMeasures", i, "participants",
                    "trust measure participant", parties, context);
        }
        List<GovernanceBody> bodies = agreement.governanceBodies();
        for (int i = 0; i < bodies.size(); i++) {
            each(bodies.get(i).members(), "governanceBodies", i, "members", "body member", parties, context);
            one(bodies.get(i).chairAgencyId(), "governanceBodies", i, "chairAgencyId", "body chair",
                    parties, context);
        }
        List<TrainingProgramme> programmes = agreement.trainingProgrammes();
        for (int i = 0; i < programmes.size(); i++) {
            one(programmes.get(i).providerAgencyId(), "trainingProgrammes", i, "providerAgencyId",
                    "training provider", parties, context);
            each(programmes.get(i).audience(), "trainingProgrammes", i, "audience", "training audience",
                    parties, context);
        }
        List<Review> reviews = agreement.reviews();
        for (int i = 0; i < reviews.size(); i++) {
            each(reviews.get(i).participants(), "reviews", i, "participants", "review participant",
                    parties, context);
        }
        for (int i = 0; i < agreement.sponsors().size(); i++) {
            one(agreement.sponsors().get(i).agencyId(), "sponsors", i, "agencyId", "sponsor's agency",
                    parties, context);
        }
        for (int i = 0; i < agreement.resourceCommitments().size(); i++) {
            one(agreement.resourceCommitments().get(i).agencyId(), "resourceCommitments", i, "agencyId",
                    "committing agency", parties, context);
        }
        for (int i = 0; i < agreement.signatories().size(); i++) {
            one(agreement.signatories().get(i).agencyId(), "signatories", i, "agencyId",
                    "signatory's agency", parties, context);
        }
        List<Amendment> amendments = agreement.amendments();
        for (int i = 0; i < amendments.size(); i++) {
            each(amendments.get(i).approvedBy(), "amendments", i, "approvedBy", "amendment approver",
                    parties, context);
        }
    }

    /** Checks the list {@code /section/index/field}; its pointers are made only for findings. */
    private static void each(List<String> agencies, String section, int index, String field, String what,
            Set<String> parties, RuleContext context) {
        for (int j = 0; j < agencies.size(); j++) {
            if (!parties.contains(agencies.get(j))) {
                report(agencies.get(j), JsonPointer.of(section, index, field, j), what, parties, context);
            }
        }
    }

    /** Checks the value at {@code /section/index/field}. */
    private static void one(String agency, String section, int index, String field, String what,
            Set<String> parties, RuleContext context) {
        if (!parties.contains(agency)) {
            report(agency, JsonPointer.of(section, index, field), what, parties, context);
        }
    }

    private static void report(String agency, JsonPointer location, String what, Set<String> parties,
            RuleContext context) {
        context.report(location, what + " " + Messages.quote(agency) + " is not a party to the agreement",
                parties.isEmpty()
                        ? "add " + Messages.quote(agency) + " to the parties"
                        : "name one of the parties (" + Messages.quoteAll(new TreeSet<>(parties)) + "), or add " + Messages.quote(agency)
                                + " to the parties");
    }
}
