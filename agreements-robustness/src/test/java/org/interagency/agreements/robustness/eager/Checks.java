package org.interagency.agreements.robustness.eager;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.Goal;
import org.interagency.agreements.ImpactAssessment;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.Review;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.TrustMeasureKind;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of the built-in criteria that read the document itself ("new" in the rubric); the
 * criteria that rest on rules read the report through {@link AssessmentInput#clean}. Each check
 * is a pure function of the agreement, the report and the day, and never depends on the order
 * of list items: it asks whether some element, or every element, qualifies.
 */
final class Checks {

    private Checks() {
    }

    /**
     * The evidence when every element of a section counts: the section itself ({@code /channels}),
     * not each element. Listing every element cost a pointer per responsibility, assignment and
     * channel on every assessment, the larger part of its cost; a check that counts only some
     * elements lists those.
     */
    private static List<JsonPointer> indices(String section, int size) {
        return size == 0 ? List.of() : List.of(JsonPointer.of(section));
    }

    private static Verdict nonEmpty(String section, int size, String what) {
        return size > 0 ? Verdict.met(indices(section, size), size + " " + what)
                : Verdict.notMet(List.of(JsonPointer.of(section)), "no " + what + " (" + section + ")");
    }

    // P1 ---------------------------------------------------------------------------------------

    static Verdict visionStated(AssessmentInput in) {
        Agreement a = in.agreement();
        List<JsonPointer> evidence = new ArrayList<>(indices("goals", a.goals().size()));
        boolean vision = a.vision() != null && !a.vision().isBlank();
        if (vision) {
            evidence.add(JsonPointer.of("vision"));
        }
        return vision || !a.goals().isEmpty() ? Verdict.met(evidence, "vision or goals stated")
                : Verdict.notMet(List.of(JsonPointer.of("vision"), JsonPointer.of("goals")), "no vision and no goals");
    }

    static Verdict goalsDue(AssessmentInput in) {
        List<JsonPointer> missing = new ArrayList<>();
        List<Goal> goals = in.agreement().goals();
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).due() == null) {
                missing.add(JsonPointer.of("goals", i, "due"));
            }
        }
        return missing.isEmpty() ? Verdict.met(indices("goals", goals.size()), "every goal has a due date")
                : Verdict.notMet(missing, missing.size() + " goal(s) without a due date");
    }

    static Verdict sharedGoal(AssessmentInput in) {
        Set<String> parties = in.parties();
        List<JsonPointer> shared = new ArrayList<>();
        List<Goal> goals = in.agreement().goals();
        for (int i = 0; i < goals.size(); i++) {
            Set<String> contributors = new HashSet<>(goals.get(i).contributors());
            contributors.retainAll(parties);
            if (contributors.size() >= 2) {
                shared.add(JsonPointer.of("goals", i, "contributors"));
            }
        }
        return Verdict.of(!shared.isEmpty(), shared.isEmpty() ? List.of(JsonPointer.of("goals")) : shared,
                shared.size() + " goal(s) shared by two or more parties", "no goal has two or more contributing parties");
    }

    static Verdict baselines(AssessmentInput in) {
        List<JsonPointer> missing = new ArrayList<>();
        List<Goal> goals = in.agreement().goals();
        int measures = 0;
        for (int i = 0; i < goals.size(); i++) {
            for (int k = 0; k < goals.get(i).measures().size(); k++) {
                measures++;
                if (goals.get(i).measures().get(k).baseline() == null) {
                    missing.add(JsonPointer.of("goals", i, "measures", k, "baseline"));
                }
            }
        }
        if (measures == 0) {
            return Verdict.notMet(List.of(JsonPointer.of("goals")), "no measure to have a baseline");
        }
        return missing.isEmpty() ? Verdict.met(List.of(JsonPointer.of("goals")), "every measure has a baseline")
                : Verdict.notMet(missing, missing.size() + " measure(s) without a baseline");
    }

    static Verdict horizons(AssessmentInput in) {
        Agreement a = in.agreement();
        LocalDate midpoint = midpoint(a);
        List<JsonPointer> shortTerm = new ArrayList<>();
        List<JsonPointer> longTerm = new ArrayList<>();
        for (int i = 0; i < a.goals().size(); i++) {
            LocalDate due = a.goals().get(i).due();
            if (due != null) {
                (due.isAfter(midpoint) ? longTerm : shortTerm).add(JsonPointer.of("goals", i, "due"));
            }
        }
        for (int i = 0; i < a.milestones().size(); i++) {
            if (!a.milestones().get(i).due().isAfter(midpoint)) {
                shortTerm.add(JsonPointer.of("milestones", i, "due"));
            }
        }
        List<JsonPointer> evidence = new ArrayList<>(shortTerm);
        evidence.addAll(longTerm);
        String missing = shortTerm.isEmpty() && longTerm.isEmpty() ? "no goal or milestone with a due date"
                : shortTerm.isEmpty() ? "no goal or milestone due by " + midpoint + " (the first half of the term)"
                : "no goal due after " + midpoint + " (the second half of the term)";
        return Verdict.of(!shortTerm.isEmpty() && !longTerm.isEmpty(),
                evidence.isEmpty() ? List.of(JsonPointer.of("goals")) : evidence,
                "outcomes due by and after " + midpoint, missing);
    }

    /** The middle of the term; for a term without end, two review cycles after it takes effect. */
    private static LocalDate midpoint(Agreement a) {
        LocalDate effective = a.term().effective();
        LocalDate expires = a.term().expires();
        if (expires == null) {
            return effective.plus(a.term().reviewCycle()).plus(a.term().reviewCycle());
        }
        return effective.plusDays(java.time.temporal.ChronoUnit.DAYS.between(effective, expires) / 2);
    }

    private static LocalDate firstReviewCycleEnd(Agreement a) {
        return a.term().effective().plus(a.term().reviewCycle());
    }

    // P2 ---------------------------------------------------------------------------------------

    static Verdict rolesStated(AssessmentInput in) {
        List<Responsibility> responsibilities = in.agreement().responsibilities();
        int size = responsibilities.size();
        boolean all = size > 0 && responsibilities.stream().noneMatch(r -> r.assignments().isEmpty());
        // When every responsibility is assigned, the section is the evidence, one pointer.
        List<JsonPointer> assigned = all ? indices("responsibilities", size) : new ArrayList<>();
        for (int i = 0; !all && i < size; i++) {
            if (!responsibilities.get(i).assignments().isEmpty()) {
                assigned.add(JsonPointer.of("responsibilities", i));
            }
        }
        return Verdict.of(!assigned.isEmpty(), assigned.isEmpty() ? List.of(JsonPointer.of("responsibilities")) : assigned,
                assigned.size() + " responsibilities assigned", "no responsibility is assigned to an agency");
    }

    static Verdict everyPartyAssigned(AssessmentInput in) {
        Set<String> holders = new HashSet<>();
        List<JsonPointer> evidence = new ArrayList<>();
        for (int i = 0; i < in.agreement().responsibilities().size(); i++) {
            List<Assignment> assignments = in.agreement().responsibilities().get(i).assignments();
            for (int k = 0; k < assignments.size(); k++) {
                RaciRole role = assignments.get(k).role();
                // The first responsible or accountable assignment of each party is its evidence.
                if ((role == RaciRole.RESPONSIBLE || role == RaciRole.ACCOUNTABLE) && holders.add(assignments.get(k).agencyId())) {
                    evidence.add(JsonPointer.of("responsibilities", i, "assignments", k));
                }
            }
        }
        return everyParty(in, holders, evidence, "holds no responsible or accountable assignment");
    }

    private static Verdict everyParty(AssessmentInput in, Set<String> covered, List<JsonPointer> evidence, String fault) {
        List<String> missing = in.missingParties(covered);
        if (missing.isEmpty()) {
            return Verdict.met(evidence, "every party is covered");
        }
        List<JsonPointer> where = new ArrayList<>();
        List<Party> parties = in.agreement().parties();
        for (int i = 0; i < parties.size(); i++) {
            if (missing.contains(parties.get(i).agencyId())) {
                where.add(JsonPointer.of("parties", i));
            }
        }
        return Verdict.notMet(where, org.interagency.agreements.rules.Messages.quoteAll(missing) + " " + fault);
    }

    static Verdict leadIdentified(AssessmentInput in) {
        List<JsonPointer> evidence = new ArrayList<>();
        List<Party> parties = in.agreement().parties();
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).roles().contains(PartyRole.LEAD)) {
                evidence.add(JsonPointer.of("parties", i, "roles"));
            }
        }
        for (int i = 0; i < in.agreement().governanceBodies().size(); i++) {
            evidence.add(JsonPointer.of("governanceBodies", i, "chairAgencyId"));
        }
        return !evidence.isEmpty() ? Verdict.met(evidence, "a lead is identified")
                : Verdict.notMet(List.of(JsonPointer.of("parties"), JsonPointer.of("governanceBodies")),
                        "no party has role lead and there is no governance body");
    }

    // P3 ---------------------------------------------------------------------------------------

    static Verdict commsStated(AssessmentInput in) {
        List<JsonPointer> evidence = new ArrayList<>(indices("channels", in.agreement().channels().size()));
        List<Party> parties = in.agreement().parties();
        for (int i = 0; i < parties.size(); i++) {
            if (!parties.get(i).contacts().isEmpty()) {
                evidence.add(JsonPointer.of("parties", i, "contacts"));
            }
        }
        return !evidence.isEmpty() ? Verdict.met(evidence, "channels or contacts stated")
                : Verdict.notMet(List.of(JsonPointer.of("channels"), JsonPointer.of("parties")), "no channel and no contact");
    }

    static Verdict anyChannel(AssessmentInput in) {
        return nonEmpty("channels", in.agreement().channels().size(), "channel(s)");
    }

    static Verdict channelCadence(AssessmentInput in) {
        List<CommunicationChannel> channels = in.agreement().channels();
        List<JsonPointer> missing = new ArrayList<>();
        List<JsonPointer> recurring = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ChannelKind kind = channels.get(i).kind();
            if (channels.get(i).cadence() != null) {
                recurring.add(JsonPointer.of("channels", i, "cadence"));
            } else if (kind == ChannelKind.MEETING || kind == ChannelKind.REPORT) {
                missing.add(JsonPointer.of("channels", i, "cadence"));
            }
        }
        if (recurring.isEmpty()) {
            return Verdict.notMet(missing.isEmpty() ? List.of(JsonPointer.of("channels")) : missing, "no channel has a cadence");
        }
        return missing.isEmpty() ? Verdict.met(recurring, "every meeting and report channel has a cadence")
                : Verdict.notMet(missing, missing.size() + " meeting or report channel(s) without a cadence");
    }

    // P4 ---------------------------------------------------------------------------------------

    static Verdict trustStated(AssessmentInput in) {
        return nonEmpty("trustMeasures", in.agreement().trustMeasures().size(), "trust measure(s)");
    }

    static Verdict trustRecurring(AssessmentInput in) {
        List<JsonPointer> recurring = new ArrayList<>();
        List<TrustMeasure> measures = in.agreement().trustMeasures();
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).cadence() != null) {
                recurring.add(JsonPointer.of("trustMeasures", i, "cadence"));
            }
        }
        return Verdict.of(!recurring.isEmpty(), recurring.isEmpty() ? List.of(JsonPointer.of("trustMeasures")) : recurring,
                recurring.size() + " recurring trust measure(s)", "no trust measure has a cadence");
    }

    static Verdict trustInPerson(AssessmentInput in) {
        List<JsonPointer> inPerson = new ArrayList<>();
        List<TrustMeasure> measures = in.agreement().trustMeasures();
        for (int i = 0; i < measures.size(); i++) {
            TrustMeasureKind kind = measures.get(i).kind();
            if (kind == TrustMeasureKind.JOINT_EXERCISE || kind == TrustMeasureKind.STAFF_EXCHANGE) {
                inPerson.add(JsonPointer.of("trustMeasures", i));
            }
        }
        return Verdict.of(!inPerson.isEmpty(), inPerson.isEmpty() ? List.of(JsonPointer.of("trustMeasures")) : inPerson,
                "joint exercise or staff exchange", "no joint exercise and no staff exchange");
    }

    // P5 ---------------------------------------------------------------------------------------

    static Verdict bodyStated(AssessmentInput in) {
        return nonEmpty("governanceBodies", in.agreement().governanceBodies().size(), "governance bodies");
    }

    static Verdict noConstraintUnder(AssessmentInput in, String section) {
        JsonPointer under = JsonPointer.of(section);
        List<Finding> found = new ArrayList<>();
        for (Finding finding : in.activeFindingsOf(Finding.BEAN_VALIDATION_RULE_ID)) {
            if (under.contains(finding.location())) {
                found.add(finding);
            }
        }
        if (found.isEmpty()) {
            return Verdict.met(List.of(), "no constraint violation under " + under);
        }
        return new Verdict(org.interagency.agreements.assessment.CriterionStatus.NOT_MET,
                found.stream().map(Finding::location).toList(), found, found.size() + " constraint violation(s) under " + under);
    }

    static Verdict jointDecisions(AssessmentInput in) {
        List<GovernanceBody> bodies = in.agreement().governanceBodies();
        List<JsonPointer> missing = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            if (bodies.get(i).jointDecisions().isEmpty()) {
                missing.add(JsonPointer.of("governanceBodies", i, "jointDecisions"));
            }
        }
        if (bodies.isEmpty()) {
            return Verdict.notMet(List.of(JsonPointer.of("governanceBodies")), "no governance body");
        }
        return missing.isEmpty() ? Verdict.met(indices("governanceBodies", bodies.size()), "every body lists its joint decisions")
                : Verdict.notMet(missing, missing.size() + " body(ies) list no joint decision");
    }

    static Verdict bodiesMeet(AssessmentInput in) {
        List<GovernanceBody> bodies = in.agreement().governanceBodies();
        if (bodies.isEmpty()) {
            return Verdict.notMet(List.of(JsonPointer.of("governanceBodies")), "no governance body");
        }
        List<JsonPointer> evidence = new ArrayList<>();
        List<JsonPointer> missing = new ArrayList<>();
        List<CommunicationChannel> channels = in.agreement().channels();
        for (int i = 0; i < bodies.size(); i++) {
            int meeting = -1;
            for (int c = 0; c < channels.size() && meeting < 0; c++) {
                CommunicationChannel channel = channels.get(c);
                Set<String> reached = new HashSet<>(channel.participants());
                reached.add(channel.ownerAgencyId());
                if (channel.kind() == ChannelKind.MEETING && channel.cadence() != null
                        && reached.containsAll(bodies.get(i).members())) {
                    meeting = c;
                }
            }
            if (meeting < 0) {
                missing.add(JsonPointer.of("governanceBodies", i));
            } else {
                evidence.add(JsonPointer.of("channels", meeting));
            }
        }
        return missing.isEmpty() ? Verdict.met(evidence, "every body has a recurring meeting of its members")
                : Verdict.notMet(missing, missing.size() + " body(ies) without a recurring meeting channel of all members");
    }

    // P6 ---------------------------------------------------------------------------------------

    static Verdict anyProtocol(AssessmentInput in) {
        return nonEmpty("dataSharingProtocols", in.agreement().dataSharingProtocols().size(), "data-sharing protocol(s)");
    }

    private static boolean sharesProtected(DataSharingProtocol protocol) {
        for (DataSet dataSet : protocol.dataSets()) {
            if (dataSet.needsProtection()) {
                return true;
            }
        }
        return false;
    }

    static Verdict impactAssessment(AssessmentInput in) {
        List<JsonPointer> met = new ArrayList<>();
        List<JsonPointer> missing = new ArrayList<>();
        List<String> why = new ArrayList<>();
        List<DataSharingProtocol> protocols = in.agreement().dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            DataSharingProtocol protocol = protocols.get(i);
            if (!sharesProtected(protocol)) {
                continue;
            }
            ImpactAssessment assessment = protocol.impactAssessment();
            if (assessment == null) {
                missing.add(JsonPointer.of("dataSharingProtocols", i));
                why.add(protocol.id() + " has no impact assessment");
            } else if (assessment.completedOn().isAfter(in.asOf())) {
                // A date to come is a plan, not an assessment carried out.
                missing.add(JsonPointer.of("dataSharingProtocols", i, "impactAssessment", "completedOn"));
                why.add(protocol.id() + "'s impact assessment is not completed until " + assessment.completedOn());
            } else {
                met.add(JsonPointer.of("dataSharingProtocols", i, "impactAssessment"));
            }
        }
        if (met.isEmpty() && missing.isEmpty()) {
            return Verdict.notApplicable("no protocol shares protected data");
        }
        return missing.isEmpty()
                ? Verdict.met(met, "every protocol that shares protected data has a completed impact assessment")
                : Verdict.notMet(missing, String.join("; ", why));
    }

    static Verdict qualityChecks(AssessmentInput in) {
        List<JsonPointer> evidence = new ArrayList<>();
        for (int i = 0; i < in.agreement().provisions().size(); i++) {
            if (in.agreement().provisions().get(i).topic().equals(ProvisionTopic.DATA_QUALITY)) {
                evidence.add(JsonPointer.of("provisions", i));
            }
        }
        return Verdict.of(!evidence.isEmpty(), evidence.isEmpty() ? List.of(JsonPointer.of("provisions")) : evidence,
                "a provision on data quality", "no provision of topic data-quality");
    }

    static Verdict anyReview(AssessmentInput in) {
        return nonEmpty("reviews", in.agreement().reviews().size(), "review(s)");
    }

    // P7 ---------------------------------------------------------------------------------------

    static Verdict trainingStated(AssessmentInput in) {
        return nonEmpty("trainingProgrammes", in.agreement().trainingProgrammes().size(), "training programme(s)");
    }

    static Verdict everyPartyTrained(AssessmentInput in) {
        Set<String> covered = new HashSet<>();
        var programmes = in.agreement().trainingProgrammes();
        for (var programme : programmes) {
            covered.add(programme.providerAgencyId());
            covered.addAll(programme.audience());
        }
        return everyParty(in, covered, indices("trainingProgrammes", programmes.size()),
                "neither gives nor receives training");
    }

    static Verdict trainingRecurring(AssessmentInput in) {
        var programmes = in.agreement().trainingProgrammes();
        List<JsonPointer> missing = new ArrayList<>();
        for (int i = 0; i < programmes.size(); i++) {
            if (programmes.get(i).cadence() == null) {
                missing.add(JsonPointer.of("trainingProgrammes", i, "cadence"));
            }
        }
        if (programmes.isEmpty()) {
            return Verdict.notMet(List.of(JsonPointer.of("trainingProgrammes")), "no training programme");
        }
        return missing.isEmpty() ? Verdict.met(indices("trainingProgrammes", programmes.size()), "every programme recurs")
                : Verdict.notMet(missing, missing.size() + " programme(s) without a cadence");
    }

    static Verdict jointExercise(AssessmentInput in) {
        List<TrustMeasure> measures = in.agreement().trustMeasures();
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).kind() == TrustMeasureKind.JOINT_EXERCISE && in.coversEveryParty(measures.get(i).participants())) {
                return Verdict.met(List.of(JsonPointer.of("trustMeasures", i)), "a joint exercise with every party");
            }
        }
        return Verdict.notMet(List.of(JsonPointer.of("trustMeasures")), "no joint exercise in which every party takes part");
    }

    // P8 ---------------------------------------------------------------------------------------

    static Verdict escalationStated(AssessmentInput in) {
        List<EscalationPath> paths = in.agreement().escalationPaths();
        List<JsonPointer> empty = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).levels().isEmpty()) {
                empty.add(JsonPointer.of("escalationPaths", i, "levels"));
            }
        }
        if (paths.isEmpty()) {
            return Verdict.notMet(List.of(JsonPointer.of("escalationPaths")), "no escalation path");
        }
        return empty.isEmpty() ? Verdict.met(indices("escalationPaths", paths.size()), paths.size() + " escalation path(s)")
                : Verdict.notMet(empty, empty.size() + " path(s) without a level");
    }

    static Verdict escalationJointForum(AssessmentInput in) {
        List<EscalationPath> paths = in.agreement().escalationPaths();
        if (paths.isEmpty()) {
            return Verdict.notMet(List.of(JsonPointer.of("escalationPaths")), "no escalation path");
        }
        List<JsonPointer> evidence = new ArrayList<>();
        List<JsonPointer> missing = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Set<String> members = new HashSet<>();
            List<EscalationLevel> levels = paths.get(i).levels();
            for (int k = 0; k < levels.size(); k++) {
                @Nullable GovernanceBody body = body(in.agreement(), levels.get(k).governanceBodyId());
                if (body != null) {
                    members.addAll(body.members());
                    evidence.add(JsonPointer.of("escalationPaths", i, "levels", k, "governanceBodyId"));
                }
            }
            if (members.isEmpty() || !in.coversEveryParty(members)) {
                missing.add(JsonPointer.of("escalationPaths", i));
            }
        }
        return missing.isEmpty() ? Verdict.met(evidence, "every path reaches a body of all parties")
                : Verdict.notMet(missing, missing.size() + " path(s) reach no governance body in which every party sits");
    }

    private static @Nullable GovernanceBody body(Agreement a, @Nullable String id) {
        if (id == null) {
            return null;
        }
        for (GovernanceBody body : a.governanceBodies()) {
            if (body.id().equals(id)) {
                return body;
            }
        }
        return null;
    }

    // P9 ---------------------------------------------------------------------------------------

    static Verdict learningStated(AssessmentInput in) {
        List<JsonPointer> evidence = new ArrayList<>(indices("milestones", in.agreement().milestones().size()));
        evidence.addAll(indices("reviews", in.agreement().reviews().size()));
        return !evidence.isEmpty() ? Verdict.met(evidence, "milestones or reviews")
                : Verdict.notMet(List.of(JsonPointer.of("milestones"), JsonPointer.of("reviews")), "no milestone and no review");
    }

    private static boolean reviewsExpected(Agreement a) {
        return a.status() != AgreementStatus.DRAFT && a.status() != AgreementStatus.PROPOSED;
    }

    static Verdict reviewCurrent(AssessmentInput in) {
        if (!reviewsExpected(in.agreement())) {
            return Verdict.notApplicable("a " + in.agreement().status().name().toLowerCase(java.util.Locale.ROOT)
                    + " agreement is not yet reviewed");
        }
        return in.clean("learning.review-overdue");
    }

    /** The indices of the reviews held on the latest date on or before today. */
    private static List<Integer> latestHeld(AssessmentInput in) {
        List<Review> reviews = in.agreement().reviews();
        LocalDate latest = null;
        for (Review review : reviews) {
            if (!review.heldOn().isAfter(in.asOf()) && (latest == null || review.heldOn().isAfter(latest))) {
                latest = review.heldOn();
            }
        }
        List<Integer> held = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            if (reviews.get(i).heldOn().equals(latest)) {
                held.add(i);
            }
        }
        return held;
    }

    static Verdict jointReview(AssessmentInput in) {
        if (!reviewsExpected(in.agreement())) {
            return Verdict.notApplicable("a draft or proposed agreement has held no review");
        }
        List<Integer> latest = latestHeld(in);
        for (int i : latest) {
            if (in.coversEveryParty(in.agreement().reviews().get(i).participants())) {
                return Verdict.met(List.of(JsonPointer.of("reviews", i, "participants")), "the latest review had every party");
            }
        }
        return latest.isEmpty() ? Verdict.notMet(List.of(JsonPointer.of("reviews")), "no review held by " + in.asOf())
                : Verdict.notMet(List.of(JsonPointer.of("reviews", latest.get(0), "participants")),
                        "the latest review did not list every party");
    }

    static Verdict latestLessons(AssessmentInput in) {
        List<Integer> latest = latestHeld(in);
        for (int i : latest) {
            if (!in.agreement().reviews().get(i).lessonsLearned().isEmpty()) {
                return Verdict.met(List.of(JsonPointer.of("reviews", i, "lessonsLearned")), "the latest review records lessons");
            }
        }
        return latest.isEmpty() ? Verdict.notMet(List.of(JsonPointer.of("reviews")), "no review held by " + in.asOf())
                : Verdict.notMet(List.of(JsonPointer.of("reviews", latest.get(0), "lessonsLearned")),
                        "the latest review records no lessons learned");
    }

    static Verdict earlyWin(AssessmentInput in) {
        List<Milestone> milestones = in.agreement().milestones();
        LocalDate firstCycle = firstReviewCycleEnd(in.agreement());
        List<JsonPointer> achieved = new ArrayList<>();
        List<JsonPointer> early = new ArrayList<>();
        boolean anyDue = false;
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            if (m.achievedOn() != null) {
                achieved.add(JsonPointer.of("milestones", i, "achievedOn"));
            }
            anyDue |= !m.due().isAfter(in.asOf());
            if (!m.due().isAfter(firstCycle)) {
                early.add(JsonPointer.of("milestones", i, "due"));
            }
        }
        if (!achieved.isEmpty()) {
            return Verdict.met(achieved, achieved.size() + " milestone(s) achieved");
        }
        if (!anyDue && !early.isEmpty()) {
            return Verdict.met(early, "an early milestone is planned within the first review cycle");
        }
        return Verdict.notMet(List.of(JsonPointer.of("milestones")), anyDue ? "milestones are due but none is recorded as achieved"
                : "no milestone is due within the first review cycle (by " + firstCycle + ")");
    }

    // P10 --------------------------------------------------------------------------------------

    static Verdict leadershipStated(AssessmentInput in) {
        Agreement a = in.agreement();
        List<JsonPointer> evidence = new ArrayList<>(indices("sponsors", a.sponsors().size()));
        evidence.addAll(indices("resourceCommitments", a.resourceCommitments().size()));
        evidence.addAll(indices("signatories", a.signatories().size()));
        return !evidence.isEmpty() ? Verdict.met(evidence, "sponsors, commitments or signatories")
                : Verdict.notMet(List.of(JsonPointer.of("sponsors"), JsonPointer.of("resourceCommitments"),
                        JsonPointer.of("signatories")), "no sponsor, resource commitment or signatory");
    }

    static Verdict everyPartyCommits(AssessmentInput in) {
        Set<String> committed = new HashSet<>();
        var commitments = in.agreement().resourceCommitments();
        for (var commitment : commitments) {
            committed.add(commitment.agencyId());
        }
        return everyParty(in, committed, indices("resourceCommitments", commitments.size()), "commits no resource");
    }

    static Verdict resourcesWholeTerm(AssessmentInput in) {
        Agreement a = in.agreement();
        if (a.resourceCommitments().isEmpty()) {
            return Verdict.notMet(List.of(JsonPointer.of("resourceCommitments")), "no resource commitment");
        }
        Coverage coverage = Coverage.of(a.term().effective(), a.term().expires(),
                a.resourceCommitments().stream().map(c -> c.period()).toList());
        return Verdict.of(coverage.whole(), List.of(JsonPointer.of("resourceCommitments")),
                "resources are committed for the whole term",
                "resources are committed only to " + coverage.coveredTo() + " of a term " + coverage.termEndText());
    }

    static Verdict sponsorContinuity(AssessmentInput in) {
        Agreement a = in.agreement();
        if (a.sponsors().isEmpty()) {
            return Verdict.notMet(List.of(JsonPointer.of("sponsors")), "no sponsor");
        }
        // Per party: whether some sponsor names an alternate, and its sponsors' periods (none
        // stated: the whole term). "Some sponsor", not "every": a sponsor added never lowers the level.
        java.util.Map<String, List<@Nullable DateRange>> periods = new java.util.HashMap<>();
        java.util.Map<String, Integer> firstSponsor = new java.util.HashMap<>();
        Set<String> withAlternate = new HashSet<>();
        List<JsonPointer> evidence = new ArrayList<>();
        for (int i = 0; i < a.sponsors().size(); i++) {
            Sponsor sponsor = a.sponsors().get(i);
            periods.computeIfAbsent(sponsor.agencyId(), k -> new ArrayList<>()).add(sponsor.period());
            firstSponsor.putIfAbsent(sponsor.agencyId(), i);
            if (sponsor.alternate() != null && withAlternate.add(sponsor.agencyId())) {
                evidence.add(JsonPointer.of("sponsors", i, "alternate"));
            }
        }
        List<JsonPointer> failing = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (int p = 0; p < a.parties().size(); p++) {
            String party = a.parties().get(p).agencyId();
            Integer first = firstSponsor.get(party);
            JsonPointer at = first == null ? JsonPointer.of("parties", p) : JsonPointer.of("sponsors", first);
            if (!withAlternate.contains(party)) {
                failing.add(at);
                why.add(party + " has no sponsor who names an alternate");
                continue;
            }
            Coverage coverage = Coverage.of(a.term().effective(), a.term().expires(), periods.get(party));
            if (!coverage.whole()) {
                failing.add(JsonPointer.of("sponsors", first, "period"));
                why.add("the sponsors of " + party + " serve only to " + coverage.coveredTo() + " of a term "
                        + coverage.termEndText());
            }
        }
        return failing.isEmpty()
                ? Verdict.met(evidence, "every party has a sponsor who names an alternate, and sponsors for the whole term")
                : Verdict.notMet(failing, String.join("; ", why));
    }
}
