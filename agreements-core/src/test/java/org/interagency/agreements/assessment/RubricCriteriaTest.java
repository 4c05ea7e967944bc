package org.interagency.agreements.assessment;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.Classification;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.Contact;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.DecisionRule;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.FinalResolution;
import org.interagency.agreements.Goal;
import org.interagency.agreements.ImpactAssessment;
import org.interagency.agreements.ImpactAssessmentKind;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.Measure;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.Provision;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.Review;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Signatory;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.Term;
import org.interagency.agreements.TrainingProgramme;
import org.interagency.agreements.TransferMethod;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.TrustMeasureKind;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Principle;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per criterion of docs/assessment.md: a hand-written agreement that documents everything
 * the table asks meets every criterion; for each criterion, one edit written from the criterion's
 * statement in the table leaves that criterion unmet.
 */
class RubricCriteriaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();

    /** The criteria the model cannot decide yet; the table says they are unknown (none since schema 1.1). */
    private static final Set<String> UNKNOWN = Set.of();

    private static final ImpactAssessment DPIA = new ImpactAssessment(ImpactAssessmentKind.DATA_PROTECTION_IMPACT_ASSESSMENT,
            LocalDate.of(2025, 11, 1), "DPIA-2025-07");

    private static final List<String> ALL = List.of("a", "b", "c");

    private static Party party(String id, boolean lead) {
        return new Party(id, "Agency " + id.toUpperCase(java.util.Locale.ROOT), Jurisdiction.parse("us/tx"), null,
                List.of(lead ? PartyRole.LEAD : PartyRole.PARTICIPANT),
                List.of(new Contact("Officer " + id, "liaison", id + "@example.gov", null)));
    }

    private static Party withoutContact(Party p) {
        return new Party(p.agencyId(), p.name(), p.jurisdiction(), null, p.roles(), List.of());
    }

    private static Responsibility responsibility(String id, String agency, Assignment... more) {
        List<Assignment> assignments = new java.util.ArrayList<>(List.of(new Assignment(agency, RaciRole.ACCOUNTABLE, null, null),
                new Assignment(agency, RaciRole.RESPONSIBLE, null, null)));
        assignments.addAll(List.of(more));
        return new Responsibility(id, ScopePath.parse("flood/" + id), "Work " + id, assignments);
    }

    private static Goal goal(String id, LocalDate due, List<String> contributors, BigDecimal baseline) {
        return new Goal(id, "Goal " + id, List.of(new Measure("Measure " + id, "percent", baseline, BigDecimal.TEN)),
                contributors, due);
    }

    private static CommunicationChannel channel(ChannelKind kind, List<String> participants, Period cadence) {
        return new CommunicationChannel("call", kind, "Coordination call", "a", participants, cadence);
    }

    private static TrustMeasure trust(TrustMeasureKind kind, List<String> participants, Period cadence) {
        return new TrustMeasure("exercise", kind, "Exercise", participants, cadence);
    }

    private static GovernanceBody body(List<String> members, int quorum, List<String> decisions) {
        return new GovernanceBody("board", "Board", members, "a", DecisionRule.consensus(), quorum, decisions);
    }

    private static DataSharingProtocol protocol(boolean encryptedAtRest) {
        return protocol(encryptedAtRest, DPIA);
    }

    private static DataSharingProtocol protocol(boolean encryptedAtRest, @Nullable ImpactAssessment impactAssessment) {
        return new DataSharingProtocol("cases", "a", List.of("b", "c"), List.of(new DataSet("case-records", "Case records",
                Classification.CONFIDENTIAL, true)), "Case coordination", List.of("act"), TransferMethod.SECURE_FILE_TRANSFER,
                true, encryptedAtRest, Period.ofYears(1), DisposalMethod.SECURE_DELETION, OnwardSharing.PROHIBITED,
                Duration.ofHours(24), null, List.of(), impactAssessment);
    }

    private static Sponsor sponsor(String agency, @Nullable DateRange period, @Nullable String alternate) {
        return new Sponsor(agency, "Sponsor " + agency.toUpperCase(java.util.Locale.ROOT), "Director", period, alternate);
    }

    private static TrainingProgramme training(List<String> audience, Period cadence, List<String> protocols) {
        return new TrainingProgramme("course", "Course", "a", audience, cadence, List.of("Procedures"), protocols);
    }

    private static EscalationPath path(Duration lastTime, String bodyId, FinalResolution resolution) {
        return new EscalationPath("disputes", List.of(), List.of(new EscalationLevel("Leads", null, Duration.ofHours(48)),
                new EscalationLevel("Board", bodyId, lastTime)), resolution);
    }

    private static Review review(LocalDate heldOn, List<String> participants, List<String> lessons) {
        return new Review("review", heldOn, participants, List.of("Warnings went out on time."), lessons);
    }

    private static ResourceCommitment commit(String agency, DateRange period) {
        return new ResourceCommitment("staff-" + agency, agency, ResourceKind.STAFF, "Staff", BigDecimal.ONE, "FTE", period);
    }

    /** Everything the table asks, written down. */
    static AgreementBuilder complete() {
        return AgreementBuilder.builder()
                .schemaVersion(Agreement.SCHEMA_VERSION)
                .id("complete")
                .title("Complete agreement")
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .status(AgreementStatus.IN_FORCE)
                .term(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null, Period.ofYears(1)))
                .authorities(List.of(new LegalAuthority("act", "42 U.S.C. 5121", "Stafford Act")))
                .parties(List.of(party("a", true), party("b", false), party("c", false)))
                .vision("One team for floods.")
                .goals(List.of(goal("g1", LocalDate.of(2027, 3, 31), ALL, BigDecimal.ONE),
                        goal("g2", LocalDate.of(2028, 6, 30), List.of("a", "b"), BigDecimal.ONE)))
                .responsibilities(List.of(responsibility("warning", "a"), responsibility("transport", "b"),
                        responsibility("shelter", "c")))
                .channels(List.of(channel(ChannelKind.MEETING, List.of("b", "c"), Period.ofMonths(1))))
                .trustMeasures(List.of(trust(TrustMeasureKind.JOINT_EXERCISE, ALL, Period.ofYears(1))))
                .governanceBodies(List.of(body(ALL, 2, List.of("Activation levels"))))
                .dataSharingProtocols(List.of(protocol(true)))
                .provisions(List.of(new Provision("quality", ProvisionTopic.DATA_QUALITY, "The parties check the data.",
                        List.of(), null)))
                .trainingProgrammes(List.of(training(List.of("b", "c"), Period.ofYears(1), List.of("cases"))))
                .escalationPaths(List.of(path(Duration.ofDays(7), "board", FinalResolution.MEDIATION)))
                .milestones(List.of(new Milestone("m1", "g1", "Gauges online", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 15)),
                        new Milestone("m2", "g2", "Shelters signed", LocalDate.of(2027, 12, 31), null)))
                .reviews(List.of(review(LocalDate.of(2026, 10, 1), ALL, List.of("Stage buses on higher ground."))))
                .sponsors(List.of(sponsor("a", null, "Deputy Director A"),
                        sponsor("b", new DateRange(LocalDate.of(2026, 1, 1), null), "Deputy Director B"),
                        sponsor("c", null, "Deputy Director C")))
                .resourceCommitments(List.of(commit("a", null), commit("b", null), commit("c", null)))
                .signatories(List.of(new Signatory("a", "Sponsor A", "Director", LocalDate.of(2025, 12, 1)),
                        new Signatory("b", "Sponsor B", "Director", LocalDate.of(2025, 12, 1)),
                        new Signatory("c", "Sponsor C", "Director", LocalDate.of(2025, 12, 1))));
    }

    /** For each criterion, an edit of {@link #complete()} that the table says leaves it unmet. */
    static Map<String, UnaryOperator<AgreementBuilder>> edits() {
        Map<String, UnaryOperator<AgreementBuilder>> e = new LinkedHashMap<>();
        e.put("assess.p1.l1.stated", b -> b.vision(null).goals(List.of()));
        e.put("assess.p1.l2.defined", b -> b.goals(List.of(new Goal("g1", "Goal", List.of(), ALL, LocalDate.of(2027, 3, 31)),
                goal("g2", LocalDate.of(2028, 6, 30), List.of("a", "b"), BigDecimal.ONE))));
        e.put("assess.p1.l2.due-dates", b -> b.goals(List.of(goal("g1", LocalDate.of(2027, 3, 31), ALL, BigDecimal.ONE),
                goal("g2", null, List.of("a", "b"), BigDecimal.ONE))));
        e.put("assess.p1.l3.every-party-contributes", b -> b.goals(List.of(
                goal("g1", LocalDate.of(2027, 3, 31), List.of("a", "b"), BigDecimal.ONE),
                goal("g2", LocalDate.of(2028, 6, 30), List.of("a", "b"), BigDecimal.ONE))));
        e.put("assess.p1.l3.shared-goal", b -> b.goals(List.of(goal("g1", LocalDate.of(2027, 3, 31), List.of("a"), BigDecimal.ONE),
                goal("g2", LocalDate.of(2028, 6, 30), List.of("b"), BigDecimal.ONE))));
        e.put("assess.p1.l4.baselines", b -> b.goals(List.of(goal("g1", LocalDate.of(2027, 3, 31), ALL, null),
                goal("g2", LocalDate.of(2028, 6, 30), List.of("a", "b"), BigDecimal.ONE))));
        // Nothing due in the first half of the term (to mid-2027): both goals and both milestones later.
        e.put("assess.p1.l4.horizons", b -> b.goals(List.of(goal("g1", LocalDate.of(2028, 3, 31), ALL, BigDecimal.ONE),
                        goal("g2", LocalDate.of(2028, 6, 30), List.of("a", "b"), BigDecimal.ONE)))
                .milestones(List.of(new Milestone("m1", "g1", "Gauges", LocalDate.of(2027, 9, 30), LocalDate.of(2026, 6, 15)),
                        new Milestone("m2", "g2", "Shelters", LocalDate.of(2027, 12, 31), null))));
        e.put("assess.p2.l1.stated", b -> b.responsibilities(List.of()));
        e.put("assess.p2.l2.consistent", b -> b.responsibilities(List.of(
                responsibility("warning", "a", new Assignment("b", RaciRole.ACCOUNTABLE, null, null)),
                responsibility("transport", "b"), responsibility("shelter", "c"))));
        e.put("assess.p2.l3.every-party-assigned", b -> b.responsibilities(List.of(responsibility("warning", "a"),
                responsibility("transport", "b"), responsibility("shelter", "a", new Assignment("c", RaciRole.CONSULTED, null, null)))));
        // The same work (scope flood/warning) made the responsibility of b in a second responsibility.
        e.put("assess.p2.l3.no-duplicate", b -> b.responsibilities(List.of(responsibility("warning", "a"),
                responsibility("transport", "b"), responsibility("shelter", "c"),
                new Responsibility("warning-again", ScopePath.parse("flood/warning"), "Warning again",
                        List.of(new Assignment("b", RaciRole.RESPONSIBLE, null, null))))));
        e.put("assess.p2.l4.within-term", b -> b.responsibilities(List.of(
                responsibility("warning", "a", new Assignment("c", RaciRole.CONSULTED, null,
                        new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)))),
                responsibility("transport", "b"), responsibility("shelter", "c"))));
        e.put("assess.p2.l4.lead", b -> b.parties(List.of(party("a", false), party("b", false), party("c", false)))
                .governanceBodies(List.of()));
        e.put("assess.p3.l1.stated", b -> b.channels(List.of()).parties(List.of(withoutContact(party("a", true)),
                withoutContact(party("b", false)), withoutContact(party("c", false)))));
        e.put("assess.p3.l2.contacts", b -> b.parties(List.of(party("a", true), party("b", false), withoutContact(party("c", false)))));
        e.put("assess.p3.l3.reaches-all", b -> b.channels(List.of(channel(ChannelKind.MEETING, List.of("b"), Period.ofMonths(1)))));
        e.put("assess.p3.l4.cadence", b -> b.channels(List.of(channel(ChannelKind.MEETING, List.of("b", "c"), null))));
        e.put("assess.p4.l1.stated", b -> b.trustMeasures(List.of()));
        e.put("assess.p4.l2.multi-agency", b -> b.trustMeasures(List.of(trust(TrustMeasureKind.JOINT_EXERCISE, ALL, Period.ofYears(1)),
                new TrustMeasure("forum", TrustMeasureKind.INFORMAL_FORUM, "Forum", List.of("a"), null))));
        e.put("assess.p4.l3.every-party", b -> b.trustMeasures(List.of(trust(TrustMeasureKind.JOINT_EXERCISE, List.of("a", "b"),
                Period.ofYears(1)))));
        e.put("assess.p4.l4.recurring", b -> b.trustMeasures(List.of(trust(TrustMeasureKind.JOINT_EXERCISE, ALL, null))));
        e.put("assess.p4.l4.in-person", b -> b.trustMeasures(List.of(trust(TrustMeasureKind.INFORMAL_FORUM, ALL, Period.ofYears(1)))));
        e.put("assess.p5.l1.stated", b -> b.governanceBodies(List.of()));
        e.put("assess.p5.l2.well-formed", b -> b.governanceBodies(List.of(body(ALL, 4, List.of("Activation levels")))));
        e.put("assess.p5.l3.every-party", b -> b.governanceBodies(List.of(body(List.of("a", "b"), 2, List.of("Activation levels")))));
        e.put("assess.p5.l4.joint-decisions", b -> b.governanceBodies(List.of(body(ALL, 2, List.of()))));
        e.put("assess.p5.l4.meets-regularly", b -> b.channels(List.of(channel(ChannelKind.REPORT, List.of("b", "c"), Period.ofMonths(1)))));
        e.put("assess.p6.l1.stated", b -> b.dataSharingProtocols(List.of()).trainingProgrammes(List.of(
                training(List.of("b", "c"), Period.ofYears(1), List.of()))));
        e.put("assess.p6.l2.protected", b -> b.dataSharingProtocols(List.of(protocol(false))));
        e.put("assess.p6.l3.disposal-and-training", b -> b.trainingProgrammes(List.of(
                training(List.of("b", "c"), Period.ofYears(1), List.of()))));
        e.put("assess.p6.l4.impact-assessment", b -> b.dataSharingProtocols(List.of(protocol(true, null))));
        e.put("assess.p6.l4.quality-checks", b -> b.provisions(List.of()));
        e.put("assess.p6.l4.reviewed", b -> b.reviews(List.of()));
        e.put("assess.p7.l1.stated", b -> b.trainingProgrammes(List.of()));
        e.put("assess.p7.l2.multi-agency", b -> b.trainingProgrammes(List.of(training(List.of("b", "c"), Period.ofYears(1),
                List.of("cases")), new TrainingProgramme("internal", "Internal", "a", List.of("a"), null, List.of("Onboarding"), List.of()))));
        e.put("assess.p7.l3.every-party", b -> b.trainingProgrammes(List.of(training(List.of("b"), Period.ofYears(1), List.of()))));
        e.put("assess.p7.l4.recurring", b -> b.trainingProgrammes(List.of(training(List.of("b", "c"), null, List.of("cases")))));
        e.put("assess.p7.l4.joint-exercise", b -> b.trustMeasures(List.of(trust(TrustMeasureKind.STAFF_EXCHANGE, ALL, Period.ofYears(1)))));
        e.put("assess.p8.l1.stated", b -> b.escalationPaths(List.of()));
        e.put("assess.p8.l2.well-formed", b -> b.escalationPaths(List.of(path(null, "board", FinalResolution.MEDIATION))));
        e.put("assess.p8.l3.complete", b -> b.escalationPaths(List.of(path(Duration.ofDays(7), "board", null))));
        e.put("assess.p8.l4.joint-forum", b -> b.escalationPaths(List.of(path(Duration.ofDays(7), null, FinalResolution.MEDIATION))));
        e.put("assess.p9.l1.stated", b -> b.milestones(List.of()).reviews(List.of()));
        e.put("assess.p9.l2.milestones", b -> b.milestones(List.of(new Milestone("m1", "g1", "Gauges online",
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 15)))));
        e.put("assess.p9.l3.review-current", b -> b.reviews(List.of(review(LocalDate.of(2025, 10, 1), ALL, List.of("Lesson")))));
        e.put("assess.p9.l3.joint-review", b -> b.reviews(List.of(review(LocalDate.of(2026, 10, 1), List.of("a", "b"), List.of("Lesson")))));
        e.put("assess.p9.l4.lessons", b -> b.reviews(List.of(review(LocalDate.of(2026, 10, 1), ALL, List.of()))));
        e.put("assess.p9.l4.early-win", b -> b.milestones(List.of(new Milestone("m1", "g1", "Gauges online", LocalDate.of(2026, 6, 30), null),
                new Milestone("m2", "g2", "Shelters signed", LocalDate.of(2027, 12, 31), null))));
        e.put("assess.p10.l1.stated", b -> b.sponsors(List.of()).resourceCommitments(List.of()).signatories(List.of()));
        e.put("assess.p10.l2.signed-and-resourced", b -> b.signatories(List.of(
                new Signatory("a", "Sponsor A", "Director", LocalDate.of(2025, 12, 1)))));
        e.put("assess.p10.l3.every-party-sponsor", b -> b.sponsors(List.of(new Sponsor("a", "Sponsor A", "Director"))));
        e.put("assess.p10.l3.every-party-commits", b -> b.resourceCommitments(List.of(commit("a", null), commit("b", null))));
        e.put("assess.p10.l4.whole-term", b -> b.resourceCommitments(List.of(commit("a", new DateRange(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 6, 30))), commit("b", new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30))),
                commit("c", new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30))))));
        e.put("assess.p10.l4.continuity", b -> b.sponsors(List.of(sponsor("a", null, "Deputy Director A"),
                sponsor("b", null, null), sponsor("c", null, "Deputy Director C"))));
        return e;
    }

    static Stream<String> criteria() {
        return edits().keySet().stream();
    }

    private static CriterionResult result(Agreement agreement, String id) {
        Criterion criterion = Rubric.builtIn().criterion(id).orElseThrow();
        return Rubric.builtIn().assess(agreement, VALIDATOR).of(criterion.principle()).result(id);
    }

    @Test
    void everyCriterionHasAnEditThatBreaksItOrIsOneTheModelCannotDecide() {
        Set<String> covered = new TreeSet<>(edits().keySet());
        covered.addAll(UNKNOWN);
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                Rubric.builtIn().criteria().stream().map(Criterion::id).toList());
    }

    @Test
    void theCompleteAgreementIsCleanAndSustainedWhereverTheModelCanSay() {
        Agreement complete = complete().build();
        assertThat(VALIDATOR.validate(complete).findings()).isEmpty();
        CollaborationAssessment assessment = Rubric.builtIn().assess(complete, VALIDATOR);
        for (PrincipleAssessment p : assessment.principles()) {
            for (CriterionResult r : p.results()) {
                assertThat(r.status()).as(r.criterion().id() + ": " + r.explanation())
                        .isEqualTo(UNKNOWN.contains(r.criterion().id()) ? CriterionStatus.UNKNOWN : CriterionStatus.MET);
            }
            assertThat(p.level()).as("%s", p.principle()).isEqualTo(DocumentedLevel.SUSTAINED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("criteria")
    void theEditFromTheTableLeavesTheCriterionUnmet(String id) {
        assertThat(result(complete().build(), id).status()).isEqualTo(CriterionStatus.MET);
        Agreement edited = edits().get(id).apply(complete()).build();
        CriterionResult result = result(edited, id);
        assertThat(result.status()).as(result.explanation()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(result.evidence().isEmpty() && result.findings().isEmpty()).as("%s says where", id).isFalse();
    }
}
