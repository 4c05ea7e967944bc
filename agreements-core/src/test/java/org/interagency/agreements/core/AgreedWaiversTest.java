package org.interagency.agreements.core;

import org.interagency.agreements.AgreedWaiver;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidatorTest.TestRule;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.TestAgreements.floodMou;

/** Waivers the parties recorded in the agreement apply as a waiver file's do, and say where they come from. */
class AgreedWaiversTest {

    private static final LocalDate APPROVED = LocalDate.of(2026, 7, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 6, 30);

    /** A rule that finds an error at /title and a warning at /parties/0. */
    private static final TestRule TWO_FINDINGS = new TestRule("acme.two", Principle.LEADERSHIP, Severity.ERROR, (a, c) -> {
        c.report(JsonPointer.of("title"), "the title is vague", null);
        c.report(JsonPointer.of("parties", 0), "the county has no contact", null);
    });

    private static AgreedWaiver agreed(String ruleId, String location, LocalDate expires) {
        return new AgreedWaiver(ruleId, location, null, "accepted for the pilot", "Harris County Attorney", APPROVED,
                expires);
    }

    private static Agreement recording(AgreedWaiver... waivers) {
        return floodMou().schemaVersion(Agreement.SCHEMA_VERSION).waivers(List.of(waivers)).build();
    }

    private static AgreementValidator.Builder on(LocalDate day) {
        return AgreementValidator.builder().discoverRules(false).addRule(TWO_FINDINGS)
                .disable(Finding.BEAN_VALIDATION_RULE_ID)
                .clock(Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static Finding at(Report report, JsonPointer location) {
        return report.findingsOf("acme.two").stream().filter(f -> f.location().equals(location)).findFirst()
                .orElseThrow();
    }

    @Test
    void anAgreedWaiverWaivesItsFindingAndTheFindingSaysTheWaiverWasAgreedInTheAgreement() {
        Agreement agreement = recording(agreed("acme.two", "/title", EXPIRES));

        Report report = on(APPROVED).build().validate(agreement);

        Finding title = at(report, JsonPointer.of("title"));
        assertThat(title.waiver()).isEqualTo(new Waiver("acme.two", agreement.id(), "/title", "accepted for the pilot",
                "Harris County Attorney", APPROVED, EXPIRES, Waiver.Origin.AGREEMENT));
        assertThat(title.waiver().isAgreed()).isTrue();
        assertThat(report.findings()).extracting(Finding::ruleId).containsOnly("acme.two");
        assertThat(report.activeCounts()).containsEntry(Severity.ERROR, 1);
        assertThat(report.counts()).containsEntry(Severity.ERROR, 2);
    }

    @Test
    void aWaiverByFingerprintFollowsTheFindingAsInAFile() {
        Agreement unwaived = recording();
        String fingerprint = at(on(APPROVED).build().validate(unwaived), JsonPointer.of("parties", 0)).fingerprint();
        Agreement agreement = recording(new AgreedWaiver("acme.two", null, fingerprint, "pilot", "counsel", APPROVED,
                EXPIRES));

        Report report = on(APPROVED).build().validate(agreement);

        assertThat(report.waived()).extracting(Finding::location).containsExactly(JsonPointer.of("parties", 0));
    }

    @Test
    void anExpiredAgreedWaiverNoLongerWaivesAndSaysSo() {
        Agreement agreement = recording(agreed("acme.two", "/title", EXPIRES));

        Report onTheDay = on(EXPIRES).build().validate(agreement);
        Report dayAfter = on(EXPIRES.plusDays(1)).build().validate(agreement);

        assertThat(onTheDay.waived()).hasSize(1);
        assertThat(dayAfter.waived()).isEmpty();
        assertThat(dayAfter.findingsOf(AgreementValidator.WAIVER_EXPIRED_ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(JsonPointer.of("title"));
            assertThat(f.message()).contains("agreed in the agreement").contains("expired on 2027-06-30");
        });
    }

    @Test
    void anAgreedWaiverThatMatchesNothingIsReportedAtTheWaiver() {
        Agreement agreement = recording(agreed("acme.two", "/title", EXPIRES), agreed("acme.two", "/vision", EXPIRES));

        Report report = on(APPROVED).build().validate(agreement);

        assertThat(report.findingsOf(AgreementValidator.WAIVER_UNUSED_ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location()).isEqualTo(JsonPointer.of("waivers", 1));
            assertThat(f.message()).contains("\"/vision\"").contains("agreed in the agreement");
        });
    }

    @Test
    void theWaiversOfAnAgreementWithoutAnIdAreReportedAtEachWaiverAndWaiveNothing() {
        Agreement agreement = floodMou().schemaVersion(Agreement.SCHEMA_VERSION).id(" ")
                .waivers(List.of(agreed("acme.two", "/title", EXPIRES), agreed("acme.two", "/parties/0", EXPIRES)))
                .build();

        Report report = on(APPROVED).build().validate(agreement);

        assertThat(report.waived()).isEmpty();
        assertThat(report.findingsOf("acme.two")).hasSize(2);
        assertThat(report.findingsOf(AgreementValidator.WAIVER_INVALID_ID)).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("has no id").contains("waives nothing");
            assertThat(f.related()).containsExactly(JsonPointer.of("id"));
        }).extracting(Finding::location).containsExactly(JsonPointer.of("waivers", 0), JsonPointer.of("waivers", 1));
    }

    @Test
    void anAgreedWaiverOfARuleThatDoesNotExistIsAnErrorAtTheWaiverWithADidYouMeanAndWaivesNothing() {
        Agreement agreement = recording(agreed("acme.tow", "/title", EXPIRES));

        Report report = on(APPROVED).build().validate(agreement);

        assertThat(report.waived()).isEmpty();
        assertThat(report.findingsOf(AgreementValidator.WAIVER_INVALID_ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(JsonPointer.parse("/waivers/0/ruleId"));
            assertThat(f.message()).contains("\"acme.tow\"").contains("does not exist");
            assertThat(f.hint()).isEqualTo("did you mean \"acme.two\"?");
        });
        assertThat(report.findingsOf(AgreementValidator.WAIVER_UNUSED_ID)).isEmpty();
    }

    @Test
    void anAgreedWaiverOfADisabledRuleIsNoErrorButMatchesNothing() {
        Agreement agreement = recording(agreed("acme.two", "/title", EXPIRES));

        Report report = on(APPROVED).disable("acme.two").build().validate(agreement);

        assertThat(report.findingsOf(AgreementValidator.WAIVER_INVALID_ID)).isEmpty();
        assertThat(report.findingsOf(AgreementValidator.WAIVER_UNUSED_ID)).hasSize(1);
    }

    @Test
    void anAgreedWaiverLongerThanTheMaximumIsAnErrorAtItsExpiryAndWaivesNothing() {
        Agreement agreement = recording(agreed("acme.two", "/title", APPROVED.plusMonths(18)));

        Report report = on(APPROVED).build().validate(agreement);
        Report raised = on(APPROVED).maxWaiverLength(java.time.Period.ofMonths(18)).build().validate(agreement);

        assertThat(report.waived()).isEmpty();
        assertThat(report.findingsOf(AgreementValidator.WAIVER_INVALID_ID)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(JsonPointer.parse("/waivers/0/expires"));
            assertThat(f.message()).contains("longer than").contains("P1Y");
            assertThat(f.hint()).contains("2027-07-01");
        });
        assertThat(raised.waived()).hasSize(1);
        assertThat(raised.findingsOf(AgreementValidator.WAIVER_INVALID_ID)).isEmpty();
    }

    @Test
    void theSecondOfTwoAgreedWaiversOfOneFindingIsAnErrorAndTheFirstApplies() {
        Agreement agreement = recording(agreed("acme.two", "/title", EXPIRES),
                agreed("acme.two", "/title", EXPIRES.minusMonths(1)));

        Report report = on(APPROVED).build().validate(agreement);

        assertThat(at(report, JsonPointer.of("title")).waiver().expires()).isEqualTo(EXPIRES);
        assertThat(report.findingsOf(AgreementValidator.WAIVER_INVALID_ID)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(JsonPointer.of("waivers", 1));
            assertThat(f.related()).containsExactly(JsonPointer.of("waivers", 0));
            assertThat(f.message()).contains("repeats the waiver at /waivers/0");
        });
    }

    @Test
    void aFileWaiverOfWhatTheAgreementWaivesIsIgnoredWithAWarningAtTheAgreementsWaiver() {
        Agreement agreement = recording(agreed("acme.two", "/title", EXPIRES));
        Waiver file = new Waiver("acme.two", agreement.id(), "/title", "from the file", "the team", APPROVED,
                EXPIRES.minusMonths(3));

        Report report = on(APPROVED).waivers(List.of(file)).build().validate(agreement);

        assertThat(at(report, JsonPointer.of("title")).waiver().origin()).isEqualTo(Waiver.Origin.AGREEMENT);
        assertThat(report.findingsOf(AgreementValidator.WAIVER_DUPLICATE_ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(JsonPointer.of("waivers", 0));
            assertThat(f.message()).contains("\"the team\"").contains("until 2027-03-30")
                    .contains("applies until 2027-06-30");
        });
        // Ignored, so not reported as unused either.
        assertThat(report.findingsOf(AgreementValidator.WAIVER_UNUSED_ID)).isEmpty();
    }

    @Test
    void aFileWaiverAndAnAgreedWaiverOfDifferentFindingsBothApplyEachWithItsOrigin() {
        Agreement agreement = recording(agreed("acme.two", "/title", EXPIRES));
        Waiver file = new Waiver("acme.two", agreement.id(), "/parties/0", "from the file", "the team", APPROVED,
                EXPIRES);

        Report report = on(APPROVED).waivers(List.of(file)).build().validate(agreement);

        assertThat(report.hasErrors()).isFalse();
        assertThat(at(report, JsonPointer.of("title")).waiver().origin()).isEqualTo(Waiver.Origin.AGREEMENT);
        assertThat(at(report, JsonPointer.of("parties", 0)).waiver()).isEqualTo(file);
        assertThat(file.origin()).isEqualTo(Waiver.Origin.EXTERNAL);
    }

    @Test
    void theEngineReservesTheIdsOfItsAgreedWaiverFindings() {
        for (String id : List.of(AgreementValidator.WAIVER_INVALID_ID, AgreementValidator.WAIVER_DUPLICATE_ID)) {
            TestRule impostor = new TestRule(id, Principle.LEADERSHIP, Severity.INFO, (a, c) -> { });
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> AgreementValidator.builder().discoverRules(false).addRule(impostor).build())
                    .isInstanceOf(RuleConfigurationException.class).hasMessageContaining("reserves");
        }
    }
}
