package org.interagency.agreements.robustness;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.ImpactAssessment;
import org.interagency.agreements.ImpactAssessmentKind;
import org.interagency.agreements.Party;
import org.interagency.agreements.Review;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.Criterion;
import org.interagency.agreements.assessment.CriterionResult;
import org.interagency.agreements.assessment.CriterionStatus;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.core.AgreementValidator;
import org.jspecify.annotations.Nullable;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the collaboration assessment over generated agreements, valid and with every
 * testkit defect: determinism, invariance under the order of lists, monotonicity in evidence, and
 * agreement with the rules each criterion names.
 */
class AssessmentProperties {

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock())
            .build();

    private static final Pattern CLEAN = Pattern.compile("clean\\(([^)]*)\\)");

    @Provide
    Arbitrary<Agreement> agreements() {
        return Arbitraries.oneOf(AgreementArbitraries.agreements(),
                Arbitraries.of(List.copyOf(Defects.ruleIds())).flatMap(Defects::of));
    }

    @Property(tries = 100)
    void assessmentIsDeterministic(@ForAll("agreements") Agreement agreement) {
        AgreementValidator another = AgreementValidator.builder().clock(AgreementArbitraries.referenceClock()).build();
        assertThat(Rubric.builtIn().assess(agreement, another)).isEqualTo(Rubric.builtIn().assess(agreement, VALIDATOR));
    }

    @Property(tries = 100)
    void levelsAndOutcomesAreInvariantUnderShufflingLists(@ForAll("agreements") Agreement agreement, @ForAll long seed) {
        Agreement shuffled = shuffle(agreement, new Random(seed));
        assertThat(outcomes(Rubric.builtIn().assess(shuffled, VALIDATOR)))
                .isEqualTo(outcomes(Rubric.builtIn().assess(agreement, VALIDATOR)));
    }

    @Property(tries = 100)
    void aChannelThatReachesEveryoneNeverLowersALevel(@ForAll("agreements") Agreement agreement) {
        assertNoLevelFalls(agreement, AssessmentProperties::withChannelToAll);
    }

    @Property(tries = 100)
    void aReviewWithEveryPartyAndLessonsNeverLowersALevel(@ForAll("agreements") Agreement agreement) {
        assertNoLevelFalls(agreement, AssessmentProperties::withReview);
    }

    @Property(tries = 100)
    void aSponsorNeverLowersALevel(@ForAll("agreements") Agreement agreement) {
        assertNoLevelFalls(agreement, AssessmentProperties::withSponsor);
    }

    @Property(tries = 100)
    void sponsorAlternatesAndImpactAssessmentsNeverLowerALevel(@ForAll("agreements") Agreement agreement) {
        assertNoLevelFalls(agreement, AssessmentProperties::withContinuityAndImpactAssessments);
    }

    @Property(tries = 100)
    void removingSponsorAlternatesAndImpactAssessmentsNeverRaisesALevel(@ForAll("agreements") Agreement agreement) {
        Agreement documented = withContinuityAndImpactAssessments(agreement);
        assertNoLevelFalls(withoutContinuityAndImpactAssessments(documented), a -> documented);
    }

    @Property(tries = 300)
    void everyDefectOfARuleACriterionNamesMakesThatCriterionUnmet(@ForAll("namedRules") String ruleId,
            @ForAll("seeds") long seed) {
        Agreement defective = Defects.of(ruleId).generator(1000).next(new Random(seed)).value();
        CollaborationAssessment assessment = Rubric.builtIn().assess(defective, VALIDATOR);
        for (Criterion criterion : criteriaNaming(ruleId)) {
            CriterionResult result = assessment.of(criterion.principle()).result(criterion.id());
            assertThat(result.status()).as("%s on a defect of %s", criterion.id(), ruleId).isEqualTo(CriterionStatus.NOT_MET);
            assertThat(result.findings()).as(criterion.id()).anyMatch(f -> f.ruleId().equals(ruleId));
        }
    }

    @Provide
    Arbitrary<String> namedRules() {
        List<String> named = new ArrayList<>();
        for (String ruleId : Defects.ruleIds()) {
            if (!criteriaNaming(ruleId).isEmpty()) {
                named.add(ruleId);
            }
        }
        return Arbitraries.of(named);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** The criteria whose documented check is {@code clean(…)} of {@code ruleId}. */
    private static List<Criterion> criteriaNaming(String ruleId) {
        List<Criterion> naming = new ArrayList<>();
        for (Criterion criterion : Rubric.builtIn().criteria()) {
            Matcher m = CLEAN.matcher(criterion.check());
            while (m.find()) {
                for (String named : m.group(1).split(",")) {
                    if (named.strip().equals(ruleId)) {
                        naming.add(criterion);
                    }
                }
            }
        }
        return naming;
    }

    private static void assertNoLevelFalls(Agreement agreement, UnaryOperator<Agreement> addEvidence) {
        CollaborationAssessment before = Rubric.builtIn().assess(agreement, VALIDATOR);
        CollaborationAssessment after = Rubric.builtIn().assess(addEvidence.apply(agreement), VALIDATOR);
        for (PrincipleAssessment p : before.principles()) {
            assertThat(after.level(p.principle())).as("%s", p.principle()).isGreaterThanOrEqualTo(p.level());
        }
    }

    private static List<String> partyIds(Agreement agreement) {
        return agreement.parties().stream().map(Party::agencyId).toList();
    }

    private static Agreement withChannelToAll(Agreement agreement) {
        List<String> parties = partyIds(agreement);
        List<CommunicationChannel> channels = new ArrayList<>(agreement.channels());
        channels.add(new CommunicationChannel("assessment-added-call", ChannelKind.MEETING, "Added coordination call",
                parties.get(0), parties.subList(1, parties.size()), Period.ofDays(1)));
        return AgreementBuilder.builder(agreement).channels(channels).build();
    }

    private static Agreement withReview(Agreement agreement) {
        List<Review> reviews = new ArrayList<>(agreement.reviews());
        reviews.add(new Review("assessment-added-review", AgreementArbitraries.REFERENCE_DATE, partyIds(agreement),
                List.of("The parties met every milestone due."), List.of("Agree the exercise dates a year ahead.")));
        return AgreementBuilder.builder(agreement).reviews(reviews).build();
    }

    private static Agreement withSponsor(Agreement agreement) {
        List<Sponsor> sponsors = new ArrayList<>(agreement.sponsors());
        sponsors.add(new Sponsor(partyIds(agreement).get(0), "Added Sponsor", "Director"));
        return AgreementBuilder.builder(agreement).sponsors(sponsors).build();
    }

    /** Every sponsor with an alternate, every protocol with an impact assessment completed before today. */
    private static Agreement withContinuityAndImpactAssessments(Agreement agreement) {
        List<Sponsor> sponsors = agreement.sponsors().stream()
                .map(s -> new Sponsor(s.agencyId(), s.name(), s.title(), s.period(), "Deputy of " + s.name())).toList();
        ImpactAssessment dpia = new ImpactAssessment(ImpactAssessmentKind.DATA_PROTECTION_IMPACT_ASSESSMENT,
                AgreementArbitraries.REFERENCE_DATE.minusDays(1), "DPIA-1");
        return AgreementBuilder.builder(agreement).sponsors(sponsors)
                .dataSharingProtocols(agreement.dataSharingProtocols().stream().map(p -> withImpactAssessment(p, dpia)).toList())
                .build();
    }

    private static Agreement withoutContinuityAndImpactAssessments(Agreement agreement) {
        List<Sponsor> sponsors = agreement.sponsors().stream()
                .map(s -> new Sponsor(s.agencyId(), s.name(), s.title(), s.period(), null)).toList();
        return AgreementBuilder.builder(agreement).sponsors(sponsors)
                .dataSharingProtocols(agreement.dataSharingProtocols().stream().map(p -> withImpactAssessment(p, null)).toList())
                .build();
    }

    private static DataSharingProtocol withImpactAssessment(DataSharingProtocol p, @Nullable ImpactAssessment assessment) {
        return new DataSharingProtocol(p.id(), p.providerAgencyId(), p.recipients(), p.dataSets(), p.purpose(), p.legalBasis(),
                p.transferMethod(), p.encryptedInTransit(), p.encryptedAtRest(), p.retention(), p.disposal(),
                p.onwardSharing(), p.breachNotificationWindow(), p.retentionStart(), p.safeguards(), assessment);
    }

    /** Every level and criterion outcome, by criterion id; evidence pointers name positions and are left out. */
    private static Map<String, Object> outcomes(CollaborationAssessment assessment) {
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (PrincipleAssessment p : assessment.principles()) {
            outcomes.put(p.principle().id(), p.level() + (p.cap() == null ? "" : " capped"));
            for (CriterionResult r : p.results()) {
                outcomes.put(r.criterion().id(), r.status());
            }
        }
        return outcomes;
    }

    /** The agreement with every list whose order carries no meaning shuffled (escalation levels keep theirs). */
    private static Agreement shuffle(Agreement a, Random random) {
        return AgreementBuilder.builder(a)
                .parties(shuffled(a.parties(), random))
                .goals(shuffled(a.goals(), random))
                .responsibilities(shuffled(a.responsibilities(), random))
                .channels(shuffled(a.channels(), random))
                .trustMeasures(shuffled(a.trustMeasures(), random))
                .governanceBodies(shuffled(a.governanceBodies(), random))
                .dataSharingProtocols(shuffled(a.dataSharingProtocols(), random))
                .trainingProgrammes(shuffled(a.trainingProgrammes(), random))
                .escalationPaths(shuffled(a.escalationPaths(), random))
                .milestones(shuffled(a.milestones(), random))
                .reviews(shuffled(a.reviews(), random))
                .sponsors(shuffled(a.sponsors(), random))
                .resourceCommitments(shuffled(a.resourceCommitments(), random))
                .signatories(shuffled(a.signatories(), random))
                .provisions(shuffled(a.provisions(), random))
                .build();
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
