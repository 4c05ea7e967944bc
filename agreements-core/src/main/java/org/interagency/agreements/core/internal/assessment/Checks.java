package org.interagency.agreements.core.internal.assessment;

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
import org.interagency.agreements.core.internal.assessment.Evidence.Shape;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.interagency.agreements.core.internal.assessment.Evidence.Shape.INDEX;

/**
 * The checks of the built-in criteria that read the document itself ("new" in the rubric); the
 * criteria that rest on rules read the report through {@link AssessmentInput#clean}. Each check
 * is a pure function of the agreement, the report and the day, and never depends on the order
 * of list items: it asks whether some element, or every element, qualifies.
 */
final class Checks {

    // The shapes of the evidence pointers, made when read (Evidence); # is an array index.
    private static final Shape CHANNELS_I = Shape.of("channels", INDEX);
    private static final Shape CHANNELS_I_CADENCE = Shape.of("channels", INDEX, "cadence");
    private static final Shape DATA_SHARING_PROTOCOLS_I = Shape.of("dataSharingProtocols", INDEX);
    private static final Shape DATA_SHARING_PROTOCOLS_I_IMPACT_ASSESSMENT = Shape.of("dataSharingProtocols", INDEX,
            "impactAssessment");
    private static final Shape DATA_SHARING_PROTOCOLS_I_IMPACT_ASSESSMENT_COMPLETED_ON = Shape.of("dataSharingProtocols",
            INDEX, "impactAssessment", "completedOn");
    private static final Shape ESCALATION_PATHS_I = Shape.of("escalationPaths", INDEX);
    private static final Shape ESCALATION_PATHS_I_LEVELS = Shape.of("escalationPaths", INDEX, "levels");
    private static final Shape ESCALATION_PATHS_I_LEVELS_I_GOVERNANCE_BODY_ID = Shape.of("escalationPaths", INDEX, "levels",
            INDEX, "governanceBodyId");
    private static final Shape GOALS_I_CONTRIBUTORS = Shape.of("goals", INDEX, "contributors");
    private static final Shape GOALS_I_DUE = Shape.of("goals", INDEX, "due");
    private static final Shape GOALS_I_MEASURES_I_BASELINE = Shape.of("goals", INDEX, "measures", INDEX, "baseline");
    private static final Shape GOVERNANCE_BODIES_I = Shape.of("governanceBodies", INDEX);
    private static final Shape GOVERNANCE_BODIES_I_CHAIR_AGENCY_ID = Shape.of("governanceBodies", INDEX, "chairAgencyId");
    private static final Shape GOVERNANCE_BODIES_I_JOINT_DECISIONS = Shape.of("governanceBodies", INDEX, "jointDecisions");
    private static final Shape MILESTONES_I_ACHIEVED_ON = Shape.of("milestones", INDEX, "achievedOn");
    private static final Shape MILESTONES_I_DUE = Shape.of("milestones", INDEX, "due");
    private static final Shape PARTIES_I = Shape.of("parties", INDEX);
    private static final Shape PARTIES_I_CONTACTS = Shape.of("parties", INDEX, "contacts");
    private static final Shape PARTIES_I_ROLES = Shape.of("parties", INDEX, "roles");
    private static final Shape PROVISIONS_I = Shape.of("provisions", INDEX);
    private static final Shape RESPONSIBILITIES_I = Shape.of("responsibilities", INDEX);
    private static final Shape RESPONSIBILITIES_I_ASSIGNMENTS_I = Shape.of("responsibilities", INDEX, "assignments", INDEX);
    private static final Shape SPONSORS_I = Shape.of("sponsors", INDEX);
    private static final Shape SPONSORS_I_ALTERNATE = Shape.of("sponsors", INDEX, "alternate");
    private static final Shape SPONSORS_I_PERIOD = Shape.of("sponsors", INDEX, "period");
    private static final Shape TRAINING_PROGRAMMES_I_CADENCE = Shape.of("trainingProgrammes", INDEX, "cadence");
    private static final Shape TRUST_MEASURES_I = Shape.of("trustMeasures", INDEX);
    private static final Shape TRUST_MEASURES_I_CADENCE = Shape.of("trustMeasures", INDEX, "cadence");

    private Checks() {
    }

    /**
     * The evidence when every element of a section counts: the section itself ({@code /channels}),
     * not each element. Listing every element cost a pointer per responsibility, assignment and
     * channel on every assessment, the larger part of its cost; a check that counts only some
     * elements lists those.
     */
    private static List<JsonPointer> indices(String section, int size) {
        return size == 0 ? List.of() : Evidence.sectionList(section);
    }

    private static Verdict nonEmpty(String section, int size, String what) {
        return size > 0 ? Verdict.met(indices(section, size), size + " " + what)
                : Verdict.notMet(Evidence.sectionList(section), "no " + what + " (" + section + ")");
    }

    // P1 ---------------------------------------------------------------------------------------

    static Verdict visionStated(AssessmentInput in) {
        Agreement a = in.agreement();
        Evidence.Builder evidence = Evidence.builder().addAll(indices("goals", a.goals().size()));
        boolean vision = a.vision() != null && !a.vision().isBlank();
        if (vision) {
            evidence.add(Evidence.section("vision"));
        }
        return vision || !a.goals().isEmpty() ? Verdict.met(evidence, "vision or goals stated")
                : Verdict.notMet(List.of(Evidence.section("vision"), Evidence.section("goals")), "no vision and no goals");
    }

    static Verdict goalsDue(AssessmentInput in) {
        Evidence.Builder missing = Evidence.builder();
        List<Goal> goals = in.agreement().goals();
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).due() == null) {
                missing.add(GOALS_I_DUE, i);
            }
        }
        return missing.isEmpty() ? Verdict.met(indices("goals", goals.size()), "every goal has a due date")
                : Verdict.notMet(missing, missing.size() + " goal(s) without a due date");
    }

    static Verdict sharedGoal(AssessmentInput in) {
        Set<String> parties = in.parties();
        Evidence.Builder shared = Evidence.builder();
        List<Goal> goals = in.agreement().goals();
        for (int i = 0; i < goals.size(); i++) {
            if (twoParties(goals.get(i).contributors(), parties)) {
                shared.add(GOALS_I_CONTRIBUTORS, i);
            }
        }
        return Verdict.of(!shared.isEmpty(), shared.buildOr(Evidence.sectionList("goals")),
                shared.size() + " goal(s) shared by two or more parties", "no goal has two or more contributing parties");
    }

    /** Whether {@code agencies} name two or more distinct parties. */
    private static boolean twoParties(List<String> agencies, Set<String> parties) {
        String first = null;
        for (String agency : agencies) {
            if (parties.contains(agency)) {
                if (first == null) {
                    first = agency;
                } else if (!first.equals(agency)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Verdict baselines(AssessmentInput in) {
        Evidence.Builder missing = Evidence.builder();
        List<Goal> goals = in.agreement().goals();
        int measures = 0;
        for (int i = 0; i < goals.size(); i++) {
            for (int k = 0; k < goals.get(i).measures().size(); k++) {
                measures++;
                if (goals.get(i).measures().get(k).baseline() == null) {
                    missing.add(GOALS_I_MEASURES_I_BASELINE, i, k);
                }
            }
        }
        if (measures == 0) {
            return Verdict.notMet(Evidence.sectionList("goals"), "no measure to have a baseline");
        }
        return missing.isEmpty() ? Verdict.met(Evidence.sectionList("goals"), "every measure has a baseline")
                : Verdict.notMet(missing, missing.size() + " measure(s) without a baseline");
    }

    static Verdict horizons(AssessmentInput in) {
        Agreement a = in.agreement();
        LocalDate midpoint = midpoint(a);
        Evidence.Builder shortTerm = Evidence.builder();
        Evidence.Builder longTerm = Evidence.builder();
        for (int i = 0; i < a.goals().size(); i++) {
            LocalDate due = a.goals().get(i).due();
            if (due != null) {
                (due.isAfter(midpoint) ? longTerm : shortTerm).add(GOALS_I_DUE, i);
            }
        }
        for (int i = 0; i < a.milestones().size(); i++) {
            if (!a.milestones().get(i).due().isAfter(midpoint)) {
                shortTerm.add(MILESTONES_I_DUE, i);
            }
        }
        Evidence.Builder evidence = Evidence.builder().addAll(shortTerm).addAll(longTerm);
        String missing = shortTerm.isEmpty() && longTerm.isEmpty() ? "no goal or milestone with a due date"
                : shortTerm.isEmpty() ? "no goal or milestone due by " + midpoint + " (the first half of the term)"
                : "no goal due after " + midpoint + " (the second half of the term)";
        return Verdict.of(!shortTerm.isEmpty() && !longTerm.isEmpty(),
                evidence.buildOr(Evidence.sectionList("goals")),
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
        Evidence.Builder assigned = all ? Evidence.builder().addAll(indices("responsibilities", size)) : Evidence.builder();
        for (int i = 0; !all && i < size; i++) {
            if (!responsibilities.get(i).assignments().isEmpty()) {
                assigned.add(RESPONSIBILITIES_I, i);
            }
        }
        return Verdict.of(!assigned.isEmpty(), assigned.buildOr(Evidence.sectionList("responsibilities")),
                assigned.size() + " responsibilities assigned", "no responsibility is assigned to an agency");
    }

    static Verdict everyPartyAssigned(AssessmentInput in) {
        Set<String> holders = new HashSet<>();
        Evidence.Builder evidence = Evidence.builder();
        for (int i = 0; i < in.agreement().responsibilities().size(); i++) {
            List<Assignment> assignments = in.agreement().responsibilities().get(i).assignments();
            for (int k = 0; k < assignments.size(); k++) {
                RaciRole role = assignments.get(k).role();
                // The first responsible or accountable assignment of each party is its evidence.
                if ((role == RaciRole.RESPONSIBLE || role == RaciRole.ACCOUNTABLE) && holders.add(assignments.get(k).agencyId())) {
                    evidence.add(RESPONSIBILITIES_I_ASSIGNMENTS_I, i, k);
                }
            }
        }
        return everyParty(in, holders, evidence.build(), "holds no responsible or accountable assignment");
    }

    private static Verdict everyParty(AssessmentInput in, Set<String> covered, List<JsonPointer> evidence, String fault) {
        List<String> missing = in.missingParties(covered);
        if (missing.isEmpty()) {
            return Verdict.met(evidence, "every party is covered");
        }
        Evidence.Builder where = Evidence.builder();
        List<Party> parties = in.agreement().parties();
        for (int i = 0; i < parties.size(); i++) {
            if (missing.contains(parties.get(i).agencyId())) {
                where.add(PARTIES_I, i);
            }
        }
        return Verdict.notMet(where, org.interagency.agreements.rules.Messages.quoteAll(missing) + " " + fault);
    }

    static Verdict leadIdentified(AssessmentInput in) {
        Evidence.Builder evidence = Evidence.builder();
        List<Party> parties = in.agreement().parties();
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).roles().contains(PartyRole.LEAD)) {
                evidence.add(PARTIES_I_ROLES, i);
            }
        }
        for (int i = 0; i < in.agreement().governanceBodies().size(); i++) {
            evidence.add(GOVERNANCE_BODIES_I_CHAIR_AGENCY_ID, i);
        }
        return !evidence.isEmpty() ? Verdict.met(evidence, "a lead is identified")
                : Verdict.notMet(List.of(Evidence.section("parties"), Evidence.section("governanceBodies")),
                        "no party has role lead and there is no governance body");
    }

    // P3 ---------------------------------------------------------------------------------------

    static Verdict commsStated(AssessmentInput in) {
        Evidence.Builder evidence = Evidence.builder().addAll(indices("channels", in.agreement().channels().size()));
        List<Party> parties = in.agreement().parties();
        for (int i = 0; i < parties.size(); i++) {
            if (!parties.get(i).contacts().isEmpty()) {
                evidence.add(PARTIES_I_CONTACTS, i);
            }
        }
        return !evidence.isEmpty() ? Verdict.met(evidence, "channels or contacts stated")
                : Verdict.notMet(List.of(Evidence.section("channels"), Evidence.section("parties")), "no channel and no contact");
    }

    static Verdict anyChannel(AssessmentInput in) {
        return nonEmpty("channels", in.agreement().channels().size(), "channel(s)");
    }

    static Verdict channelCadence(AssessmentInput in) {
        List<CommunicationChannel> channels = in.agreement().channels();
        Evidence.Builder missing = Evidence.builder();
        Evidence.Builder recurring = Evidence.builder();
        for (int i = 0; i < channels.size(); i++) {
            ChannelKind kind = channels.get(i).kind();
            if (channels.get(i).cadence() != null) {
                recurring.add(CHANNELS_I_CADENCE, i);
            } else if (kind == ChannelKind.MEETING || kind == ChannelKind.REPORT) {
                missing.add(CHANNELS_I_CADENCE, i);
            }
        }
        if (recurring.isEmpty()) {
            return Verdict.notMet(missing.buildOr(Evidence.sectionList("channels")), "no channel has a cadence");
        }
        return missing.isEmpty() ? Verdict.met(recurring, "every meeting and report channel has a cadence")
                : Verdict.notMet(missing, missing.size() + " meeting or report channel(s) without a cadence");
    }

    // P4 ---------------------------------------------------------------------------------------

    static Verdict trustStated(AssessmentInput in) {
        return nonEmpty("trustMeasures", in.agreement().trustMeasures().size(), "trust measure(s)");
    }

    static Verdict trustRecurring(AssessmentInput in) {
        Evidence.Builder recurring = Evidence.builder();
        List<TrustMeasure> measures = in.agreement().trustMeasures();
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).cadence() != null) {
                recurring.add(TRUST_MEASURES_I_CADENCE, i);
            }
        }
        return Verdict.of(!recurring.isEmpty(), recurring.buildOr(Evidence.sectionList("trustMeasures")),
                recurring.size() + " recurring trust measure(s)", "no trust measure has a cadence");
    }

    static Verdict trustInPerson(AssessmentInput in) {
        Evidence.Builder inPerson = Evidence.builder();
        List<TrustMeasure> measures = in.agreement().trustMeasures();
        for (int i = 0; i < measures.size(); i++) {
            TrustMeasureKind kind = measures.get(i).kind();
            if (kind == TrustMeasureKind.JOINT_EXERCISE || kind == TrustMeasureKind.STAFF_EXCHANGE) {
                inPerson.add(TRUST_MEASURES_I, i);
            }
        }
        return Verdict.of(!inPerson.isEmpty(), inPerson.buildOr(Evidence.sectionList("trustMeasures")),
                "joint exercise or staff exchange", "no joint exercise and no staff exchange");
    }

    // P5 ---------------------------------------------------------------------------------------

    static Verdict bodyStated(AssessmentInput in) {
        return nonEmpty("governanceBodies", in.agreement().governanceBodies().size(), "governance bodies");
    }

    static Verdict noConstraintUnder(AssessmentInput in, String section) {
        JsonPointer under = Evidence.section(section);
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
        Evidence.Builder missing = Evidence.builder();
        for (int i = 0; i < bodies.size(); i++) {
            if (bodies.get(i).jointDecisions().isEmpty()) {
                missing.add(GOVERNANCE_BODIES_I_JOINT_DECISIONS, i);
            }
        }
        if (bodies.isEmpty()) {
            return Verdict.notMet(Evidence.sectionList("governanceBodies"), "no governance body");
        }
        return missing.isEmpty() ? Verdict.met(indices("governanceBodies", bodies.size()), "every body lists its joint decisions")
                : Verdict.notMet(missing, missing.size() + " body(ies) list no joint decision");
    }

    static Verdict bodiesMeet(AssessmentInput in) {
        List<GovernanceBody> bodies = in.agreement().governanceBodies();
        if (bodies.isEmpty()) {
            return Verdict.notMet(Evidence.sectionList("governanceBodies"), "no governance body");
        }
        Evidence.Builder evidence = Evidence.builder();
        Evidence.Builder missing = Evidence.builder();
        List<CommunicationChannel> channels = in.agreement().channels();
        for (int i = 0; i < bodies.size(); i++) {
            int meeting = -1;
            for (int c = 0; c < channels.size() && meeting < 0; c++) {
                CommunicationChannel channel = channels.get(c);
                if (channel.kind() != ChannelKind.MEETING || channel.cadence() == null) {
                    continue;
                }
                Set<String> reached = new HashSet<>(channel.participants());
                reached.add(channel.ownerAgencyId());
                if (reached.containsAll(bodies.get(i).members())) {
                    meeting = c;
                }
            }
            if (meeting < 0) {
                missing.add(GOVERNANCE_BODIES_I, i);
            } else {
                evidence.add(CHANNELS_I, meeting);
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
        Evidence.Builder met = Evidence.builder();
        Evidence.Builder missing = Evidence.builder();
        List<String> why = new ArrayList<>();
        List<DataSharingProtocol> protocols = in.agreement().dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            DataSharingProtocol protocol = protocols.get(i);
            if (!sharesProtected(protocol)) {
                continue;
            }
            ImpactAssessment assessment = protocol.impactAssessment();
            if (assessment == null) {
                missing.add(DATA_SHARING_PROTOCOLS_I, i);
                why.add(protocol.id() + " has no impact assessment");
            } else if (assessment.completedOn().isAfter(in.asOf())) {
                // A date to come is a plan, not an assessment carried out.
                missing.add(DATA_SHARING_PROTOCOLS_I_IMPACT_ASSESSMENT_COMPLETED_ON, i);
                why.add(protocol.id() + "'s impact assessment is not completed until " + assessment.completedOn());
            } else {
                met.add(DATA_SHARING_PROTOCOLS_I_IMPACT_ASSESSMENT, i);
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
        Evidence.Builder evidence = Evidence.builder();
        for (int i = 0; i < in.agreement().provisions().size(); i++) {
            if (in.agreement().provisions().get(i).topic().equals(ProvisionTopic.DATA_QUALITY)) {
                evidence.add(PROVISIONS_I, i);
            }
        }
        return Verdict.of(!evidence.isEmpty(), evidence.buildOr(Evidence.sectionList("provisions")),
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
        Evidence.Builder missing = Evidence.builder();
        for (int i = 0; i < programmes.size(); i++) {
            if (programmes.get(i).cadence() == null) {
                missing.add(TRAINING_PROGRAMMES_I_CADENCE, i);
            }
        }
        if (programmes.isEmpty()) {
            return Verdict.notMet(Evidence.sectionList("trainingProgrammes"), "no training programme");
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
        return Verdict.notMet(Evidence.sectionList("trustMeasures"), "no joint exercise in which every party takes part");
    }

    // P8 ---------------------------------------------------------------------------------------

    static Verdict escalationStated(AssessmentInput in) {
        List<EscalationPath> paths = in.agreement().escalationPaths();
        Evidence.Builder empty = Evidence.builder();
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).levels().isEmpty()) {
                empty.add(ESCALATION_PATHS_I_LEVELS, i);
            }
        }
        if (paths.isEmpty()) {
            return Verdict.notMet(Evidence.sectionList("escalationPaths"), "no escalation path");
        }
        return empty.isEmpty() ? Verdict.met(indices("escalationPaths", paths.size()), paths.size() + " escalation path(s)")
                : Verdict.notMet(empty, empty.size() + " path(s) without a level");
    }

    static Verdict escalationJointForum(AssessmentInput in) {
        List<EscalationPath> paths = in.agreement().escalationPaths();
        if (paths.isEmpty()) {
            return Verdict.notMet(Evidence.sectionList("escalationPaths"), "no escalation path");
        }
        Evidence.Builder evidence = Evidence.builder();
        Evidence.Builder missing = Evidence.builder();
        for (int i = 0; i < paths.size(); i++) {
            Set<String> members = new HashSet<>();
            List<EscalationLevel> levels = paths.get(i).levels();
            for (int k = 0; k < levels.size(); k++) {
                @Nullable GovernanceBody body = body(in.agreement(), levels.get(k).governanceBodyId());
                if (body != null) {
                    members.addAll(body.members());
                    evidence.add(ESCALATION_PATHS_I_LEVELS_I_GOVERNANCE_BODY_ID, i, k);
                }
            }
            if (members.isEmpty() || !in.coversEveryParty(members)) {
                missing.add(ESCALATION_PATHS_I, i);
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
        Evidence.Builder evidence = Evidence.builder().addAll(indices("milestones", in.agreement().milestones().size()));
        evidence.addAll(indices("reviews", in.agreement().reviews().size()));
        return !evidence.isEmpty() ? Verdict.met(evidence, "milestones or reviews")
                : Verdict.notMet(List.of(Evidence.section("milestones"), Evidence.section("reviews")), "no milestone and no review");
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
        return latest.isEmpty() ? Verdict.notMet(Evidence.sectionList("reviews"), "no review held by " + in.asOf())
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
        return latest.isEmpty() ? Verdict.notMet(Evidence.sectionList("reviews"), "no review held by " + in.asOf())
                : Verdict.notMet(List.of(JsonPointer.of("reviews", latest.get(0), "lessonsLearned")),
                        "the latest review records no lessons learned");
    }

    static Verdict earlyWin(AssessmentInput in) {
        List<Milestone> milestones = in.agreement().milestones();
        LocalDate firstCycle = firstReviewCycleEnd(in.agreement());
        Evidence.Builder achieved = Evidence.builder();
        Evidence.Builder early = Evidence.builder();
        boolean anyDue = false;
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            if (m.achievedOn() != null) {
                achieved.add(MILESTONES_I_ACHIEVED_ON, i);
            }
            anyDue |= !m.due().isAfter(in.asOf());
            if (!m.due().isAfter(firstCycle)) {
                early.add(MILESTONES_I_DUE, i);
            }
        }
        if (!achieved.isEmpty()) {
            return Verdict.met(achieved, achieved.size() + " milestone(s) achieved");
        }
        if (!anyDue && !early.isEmpty()) {
            return Verdict.met(early, "an early milestone is planned within the first review cycle");
        }
        return Verdict.notMet(Evidence.sectionList("milestones"), anyDue ? "milestones are due but none is recorded as achieved"
                : "no milestone is due within the first review cycle (by " + firstCycle + ")");
    }

    // P10 --------------------------------------------------------------------------------------

    static Verdict leadershipStated(AssessmentInput in) {
        Agreement a = in.agreement();
        Evidence.Builder evidence = Evidence.builder().addAll(indices("sponsors", a.sponsors().size()));
        evidence.addAll(indices("resourceCommitments", a.resourceCommitments().size()));
        evidence.addAll(indices("signatories", a.signatories().size()));
        return !evidence.isEmpty() ? Verdict.met(evidence, "sponsors, commitments or signatories")
                : Verdict.notMet(List.of(Evidence.section("sponsors"), Evidence.section("resourceCommitments"),
                        Evidence.section("signatories")), "no sponsor, resource commitment or signatory");
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
            return Verdict.notMet(Evidence.sectionList("resourceCommitments"), "no resource commitment");
        }
        Coverage coverage = Coverage.of(a.term().effective(), a.term().expires(),
                a.resourceCommitments().stream().map(c -> c.period()).toList());
        return Verdict.of(coverage.whole(), Evidence.sectionList("resourceCommitments"),
                "resources are committed for the whole term",
                "resources are committed only to " + coverage.coveredTo() + " of a term " + coverage.termEndText());
    }

    static Verdict sponsorContinuity(AssessmentInput in) {
        Agreement a = in.agreement();
        if (a.sponsors().isEmpty()) {
            return Verdict.notMet(Evidence.sectionList("sponsors"), "no sponsor");
        }
        // Per party: whether some sponsor names an alternate, and its sponsors' periods (none
        // stated: the whole term). "Some sponsor", not "every": a sponsor added never lowers the level.
        java.util.Map<String, Integer> firstSponsor = new java.util.HashMap<>();
        Set<String> withAlternate = new HashSet<>();
        Evidence.Builder evidence = Evidence.builder();
        for (int i = 0; i < a.sponsors().size(); i++) {
            Sponsor sponsor = a.sponsors().get(i);
            firstSponsor.putIfAbsent(sponsor.agencyId(), i);
            if (sponsor.alternate() != null && withAlternate.add(sponsor.agencyId())) {
                evidence.add(SPONSORS_I_ALTERNATE, i);
            }
        }
        // The periods matter only for a party with an alternate.
        java.util.Map<String, List<@Nullable DateRange>> periods = new java.util.HashMap<>();
        for (int i = 0; i < a.sponsors().size() && !withAlternate.isEmpty(); i++) {
            Sponsor sponsor = a.sponsors().get(i);
            periods.computeIfAbsent(sponsor.agencyId(), k -> new ArrayList<>()).add(sponsor.period());
        }
        Evidence.Builder failing = Evidence.builder();
        List<String> why = new ArrayList<>();
        for (int p = 0; p < a.parties().size(); p++) {
            String party = a.parties().get(p).agencyId();
            Integer first = firstSponsor.get(party);
            if (!withAlternate.contains(party)) {
                if (first == null) {
                    failing.add(PARTIES_I, p);
                } else {
                    failing.add(SPONSORS_I, first);
                }
                why.add(party + " has no sponsor who names an alternate");
                continue;
            }
            Coverage coverage = Coverage.of(a.term().effective(), a.term().expires(), periods.get(party));
            if (!coverage.whole()) {
                failing.add(SPONSORS_I_PERIOD, first);
                why.add("the sponsors of " + party + " serve only to " + coverage.coveredTo() + " of a term "
                        + coverage.termEndText());
            }
        }
        return failing.isEmpty()
                ? Verdict.met(evidence, "every party has a sponsor who names an alternate, and sponsors for the whole term")
                : Verdict.notMet(failing, String.join("; ", why));
    }
}
