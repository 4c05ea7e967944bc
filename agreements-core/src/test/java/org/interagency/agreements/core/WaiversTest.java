package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidatorTest.TestRule;
import org.interagency.agreements.core.internal.WaiverApplication;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interagency.agreements.core.TestAgreements.floodMou;

/** Waivers accept findings without hiding them, and say when they are stale. */
class WaiversTest {

    private static final Agreement MOU = floodMou().build();
    private static final LocalDate APPROVED = LocalDate.of(2026, 7, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 6, 30);

    /** A rule that finds an error at /title and a warning at /parties/0. */
    private static final TestRule TWO_FINDINGS = new TestRule("acme.two", Principle.LEADERSHIP, Severity.ERROR, (a, c) -> {
        c.report(JsonPointer.of("title"), "the title is vague", null);
        c.report(JsonPointer.of("parties", 0), "the county has no contact", null);
    });

    private static Waiver waiver(String ruleId, String target, LocalDate expires) {
        return new Waiver(ruleId, MOU.id(), target, "accepted for the pilot", "counsel@harriscountytx.gov", APPROVED,
                expires);
    }

    private static AgreementValidator.Builder on(LocalDate day) {
        return AgreementValidator.builder().discoverRules(false).addRule(TWO_FINDINGS).disable(Finding.BEAN_VALIDATION_RULE_ID)
                .clock(Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void aWaivedFindingStaysInTheReportMarkedAndNoLongerFailsTheCheck() {
        Waiver waiver = waiver("acme.two", "/title", EXPIRES);

        Report report = on(APPROVED).waivers(List.of(waiver)).build().validate(MOU);

        assertThat(report.findings()).hasSize(2);
        Finding title = report.findings().stream().filter(f -> f.location().equals(JsonPointer.of("title"))).findFirst()
                .orElseThrow();
        assertThat(title.waiver()).isEqualTo(waiver);
        assertThat(report.waived()).containsExactly(title);
        assertThat(report.counts()).containsEntry(Severity.ERROR, 2);
        assertThat(report.activeCounts()).containsEntry(Severity.ERROR, 1);
    }

    @Test
    void aWaiverOfEveryErrorLetsTheCheckPass() {
        Report report = on(APPROVED).waivers(List.of(waiver("acme.two", "/title", EXPIRES),
                waiver("acme.two", "/parties/0", EXPIRES))).build().validate(MOU);

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.findings()).hasSize(2).allMatch(Finding::isWaived);
    }

    @Test
    void aWaiverHoldsOnItsExpiryDayAndTheDayAfterItsFindingIsActiveWithAnExpiredFinding() {
        Waiver waiver = waiver("acme.two", "/title", EXPIRES);

        Report onTheDay = on(EXPIRES).waivers(List.of(waiver)).build().validate(MOU);
        Report dayAfter = on(EXPIRES.plusDays(1)).waivers(List.of(waiver)).build().validate(MOU);

        assertThat(onTheDay.waived()).hasSize(1);
        assertThat(onTheDay.findingsOf(AgreementValidator.WAIVER_EXPIRED_ID)).isEmpty();
        assertThat(dayAfter.waived()).isEmpty();
        assertThat(dayAfter.hasErrors()).isTrue();
        assertThat(dayAfter.findingsOf(AgreementValidator.WAIVER_EXPIRED_ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(JsonPointer.of("title"));
            assertThat(f.message()).contains("expired on 2027-06-30").contains("active again");
        });
    }

    @Test
    void aWaiverThatMatchesNothingIsReportedAsUnused() {
        Report report = on(APPROVED).waivers(List.of(waiver("acme.two", "/vision", EXPIRES))).build().validate(MOU);

        assertThat(report.waived()).isEmpty();
        assertThat(report.findingsOf(AgreementValidator.WAIVER_UNUSED_ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location()).isEqualTo(JsonPointer.of("vision"));
        });
    }

    @Test
    void waiversOfAnotherAgreementAreIgnored() {
        Waiver other = new Waiver("acme.two", "another-mou", "/title", "pilot", "counsel", APPROVED, EXPIRES);

        Report report = on(APPROVED).waivers(List.of(other)).build().validate(MOU);

        assertThat(report.waived()).isEmpty();
        assertThat(report.findings()).extracting(Finding::ruleId).containsOnly("acme.two");
    }

    @Test
    void aWaiverForARuleThatDoesNotExistFailsTheBuildWithADidYouMean() {
        assertThatThrownBy(() -> on(APPROVED).waivers(List.of(waiver("acme.tow", "/title", EXPIRES))).build())
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("did you mean \"acme.two\"");
    }

    @Test
    void aWaiverLongerThanTheMaximumFailsTheBuildUnlessTheConfigurationRaisesIt() {
        Waiver long18Months = waiver("acme.two", "/title", APPROVED.plusMonths(18));

        assertThatThrownBy(() -> on(APPROVED).waivers(List.of(long18Months)).build())
                .isInstanceOf(RuleConfigurationException.class).hasMessageContaining("longer than").hasMessageContaining("P1Y");
        AgreementValidator raised = on(APPROVED).waivers(List.of(long18Months))
                .configuration(new RuleConfiguration(Set.of(), Map.of(), Set.of(), Period.ofMonths(18))).build();
        assertThat(raised.maxWaiverLength()).isEqualTo(Period.ofMonths(18));
        assertThat(raised.validate(MOU).waived()).hasSize(1);
    }

    @Test
    void twoWaiversOfOneFindingFailTheBuild() {
        assertThatThrownBy(() -> on(APPROVED).waivers(List.of(waiver("acme.two", "/title", EXPIRES),
                waiver("acme.two", "/title", EXPIRES.minusDays(1)))).build())
                .isInstanceOf(RuleConfigurationException.class).hasMessageContaining("twice");
    }

    @Test
    void aFingerprintWaiverFollowsTheFindingWhereverItIs() {
        Finding moved = new Finding("acme.two", Severity.ERROR, "the title is vague", JsonPointer.of("parties", 4),
                List.of(), null).withFingerprint("fp-title-vague");
        Finding other = new Finding("acme.two", Severity.ERROR, "the title is vague", JsonPointer.of("title"),
                List.of(), null).withFingerprint("fp-other");
        Waiver byFingerprint = waiver("acme.two", "fp-title-vague", EXPIRES);

        List<Finding> applied = WaiverApplication.apply(List.of(moved, other), List.of(byFingerprint), APPROVED);

        assertThat(applied).containsExactly(moved.withWaiver(byFingerprint), other);
    }

    @Test
    void aFingerprintWaiverMatchesNoFindingWithoutFingerprint() {
        Finding plain = new Finding("acme.two", Severity.ERROR, "x", JsonPointer.of("title"), List.of(), null);

        List<Finding> applied = WaiverApplication.apply(List.of(plain), List.of(waiver("acme.two", "fp-1", EXPIRES)),
                APPROVED);

        assertThat(applied).hasSize(2).first().isEqualTo(plain);
        assertThat(applied.get(1).ruleId()).isEqualTo(AgreementValidator.WAIVER_UNUSED_ID);
    }

    @Test
    void theEngineReservesTheIdsOfItsWaiverFindings() {
        TestRule impostor = new TestRule(AgreementValidator.WAIVER_UNUSED_ID, Principle.LEADERSHIP, Severity.INFO,
                (a, c) -> { });

        assertThatThrownBy(() -> AgreementValidator.builder().discoverRules(false).addRule(impostor).build())
                .isInstanceOf(RuleConfigurationException.class).hasMessageContaining("reserves");
    }
}
