package org.interagency.agreements.assessment;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.ImpactAssessment;
import org.interagency.agreements.ImpactAssessmentKind;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two level-4 criteria that read the fields schema 1.1 added for them: a protocol's impact
 * assessment (P6) and a sponsor's alternate and period (P10), as docs/assessment.md states them.
 * The term of {@link RubricCriteriaTest#complete()} runs from 2026-01-01 to 2028-12-31; today is
 * 2026-12-01.
 */
class SustainedByNewFieldsTest {

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();

    private static CriterionResult result(Agreement agreement, Principle principle, String id) {
        return Rubric.builtIn().assess(agreement, VALIDATOR).of(principle).result(id);
    }

    private static Sponsor sponsor(String agency, String name, DateRange period, String alternate) {
        return new Sponsor(agency, name, "Director", period, alternate);
    }

    private static List<Sponsor> othersWithAlternates() {
        return List.of(new Sponsor("b", "Sponsor B", "Director", null, "Deputy B"),
                new Sponsor("c", "Sponsor C", "Director", null, "Deputy C"));
    }

    @Test
    void aSponsorWhosePeriodEndsBeforeTheTermLeavesLeadershipUnsustainedEvenWithAnAlternate() {
        var sponsors = new java.util.ArrayList<>(othersWithAlternates());
        sponsors.add(0, sponsor("a", "Sponsor A", DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30)), "Deputy A"));
        Agreement agreement = RubricCriteriaTest.complete().sponsors(sponsors).build();

        CriterionResult continuity = result(agreement, Principle.LEADERSHIP, "assess.p10.l4.continuity");

        assertThat(continuity.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(continuity.explanation()).contains("the sponsors of a serve only to 2027-06-30");
        assertThat(continuity.evidence()).containsExactly(JsonPointer.of("sponsors", 0, "period"));
        assertThat(Rubric.builtIn().assess(agreement, VALIDATOR).level(Principle.LEADERSHIP))
                .isEqualTo(DocumentedLevel.JOINT);
    }

    @Test
    void aHandOverFromOneSponsorToTheNextSustainsLeadership() {
        var sponsors = new java.util.ArrayList<>(othersWithAlternates());
        sponsors.add(sponsor("a", "Successor A", DateRange.of(LocalDate.of(2027, 7, 1), LocalDate.of(2028, 12, 31)), "Deputy A"));
        sponsors.add(sponsor("a", "Sponsor A", DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30)), "Deputy A"));
        Agreement agreement = RubricCriteriaTest.complete().sponsors(sponsors).build();

        assertThat(result(agreement, Principle.LEADERSHIP, "assess.p10.l4.continuity").status())
                .isEqualTo(CriterionStatus.MET);
        assertThat(Rubric.builtIn().assess(agreement, VALIDATOR).level(Principle.LEADERSHIP))
                .isEqualTo(DocumentedLevel.SUSTAINED);
    }

    @Test
    void aSponsorWithoutAnAlternateIsNamedAndTheNextStepSaysWhatToAdd() {
        var sponsors = new java.util.ArrayList<>(othersWithAlternates());
        sponsors.add(new Sponsor("a", "Sponsor A", "Director"));
        Agreement agreement = RubricCriteriaTest.complete().sponsors(sponsors).build();

        PrincipleAssessment leadership = Rubric.builtIn().assess(agreement, VALIDATOR).of(Principle.LEADERSHIP);

        assertThat(leadership.result("assess.p10.l4.continuity").evidence()).containsExactly(JsonPointer.of("sponsors", 2));
        assertThat(leadership.nextStep()).contains("sponsors[].alternate");
    }

    private static Agreement withImpactAssessment(ImpactAssessment assessment) {
        Agreement complete = RubricCriteriaTest.complete().build();
        DataSharingProtocol p = complete.dataSharingProtocols().get(0);
        DataSharingProtocol changed = new DataSharingProtocol(p.id(), p.providerAgencyId(), p.recipients(), p.dataSets(),
                p.purpose(), p.legalBasis(), p.transferMethod(), p.encryptedInTransit(), p.encryptedAtRest(), p.retention(),
                p.disposal(), p.onwardSharing(), p.breachNotificationWindow(), p.retentionStart(), p.safeguards(), assessment);
        return RubricCriteriaTest.complete().dataSharingProtocols(List.of(changed)).build();
    }

    @Test
    void anImpactAssessmentDueAfterTodayIsAPlanNotAnAssessmentCarriedOut() {
        Agreement agreement = withImpactAssessment(new ImpactAssessment(ImpactAssessmentKind.PRIVACY_IMPACT_ASSESSMENT,
                LocalDate.of(2027, 1, 15), null));

        CriterionResult dpia = result(agreement, Principle.INFORMATION_SHARING, "assess.p6.l4.impact-assessment");

        assertThat(dpia.status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(dpia.explanation()).contains("not completed until 2027-01-15");
        assertThat(dpia.evidence()).containsExactly(JsonPointer.of("dataSharingProtocols", 0, "impactAssessment", "completedOn"));
    }

    @Test
    void aCompletedImpactAssessmentIsTheEvidence() {
        Agreement agreement = withImpactAssessment(new ImpactAssessment(ImpactAssessmentKind.PRIVACY_IMPACT_ASSESSMENT,
                LocalDate.of(2026, 12, 1), "PIA 26-03"));

        CriterionResult dpia = result(agreement, Principle.INFORMATION_SHARING, "assess.p6.l4.impact-assessment");

        assertThat(dpia.status()).isEqualTo(CriterionStatus.MET);
        assertThat(dpia.evidence()).containsExactly(JsonPointer.of("dataSharingProtocols", 0, "impactAssessment"));
    }
}
