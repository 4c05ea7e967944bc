package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.Approval;
import org.interagency.agreements.ApprovalBuilder;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditRightBuilder;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.Notice;
import org.interagency.agreements.NoticeBuilder;
import org.interagency.agreements.NoticeKind;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.Safeguard;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.Term;
import org.interagency.agreements.TermBuilder;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.packs.PackFixtures.dataSet;
import static org.interagency.agreements.packs.PackFixtures.edit;
import static org.interagency.agreements.packs.PackFixtures.example;
import static org.interagency.agreements.packs.PackFixtures.party;
import static org.interagency.agreements.packs.PackFixtures.protocol;
import static org.interagency.agreements.packs.PackFixtures.without;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The us-cma pack on the clean computer matching example of examples/agreements, and on copies
 * of it with one element of 5 U.S.C. 552a(o), (p), (u) or (e)(12) broken: each rule fires on its
 * broken copy, at the element, and on nothing else; none fires on the clean example.
 */
class UsComputerMatchingPackTest {

    private static final AgreementValidator CMA = PackFixtures.only("us-cma");
    private static final Agreement CLEAN = example("computer-matching-ssa-calfresh.json");
    private static final List<String> RULE_IDS = new UsComputerMatchingPack().rules().stream().map(Rule::id).toList();

    /** The findings of the pack's rules on {@code agreement}. */
    private static List<Finding> packFindings(Agreement agreement) {
        return CMA.validate(agreement).findings().stream().filter(f -> RULE_IDS.contains(f.ruleId())).toList();
    }

    private static Agreement withoutProvision(Agreement agreement, ProvisionTopic topic) {
        return edit(agreement).provisions(without(agreement.provisions(), p -> p.topic().equals(topic))).build();
    }

    private static Agreement withNotice(Agreement agreement, NoticeKind kind, UnaryOperator<NoticeBuilder> change) {
        List<Notice> notices = agreement.notices().stream()
                .map(n -> n.kind() == kind ? change.apply(NoticeBuilder.builder(n)).build() : n).toList();
        return edit(agreement).notices(notices).build();
    }

    private static Agreement withTerm(Agreement agreement, UnaryOperator<TermBuilder> change) {
        return edit(agreement).term(change.apply(TermBuilder.builder(agreement.term())).build()).build();
    }

    @Test
    void theCleanExampleSatisfiesEveryRuleOfThePack() {
        Report report = CMA.validate(CLEAN);

        assertThat(packFindings(CLEAN)).isEmpty();
        assertThat(RULE_IDS).allSatisfy(id -> assertThat(report.outcomeOf(id)).map(RuleOutcome::outcome)
                .as(id).hasValueSatisfying(o -> assertThat(o).isIn(Outcome.PASSED, Outcome.NOT_APPLICABLE)));
    }

    @Test
    void theCleanExampleClaimsThePackSoThatDefaultsRunIt() {
        assertThat(CLEAN.claims()).containsExactly("us-cma");
        Agreement broken = withoutProvision(CLEAN, ProvisionTopic.VERIFICATION);

        assertThat(AgreementValidator.defaults().validate(broken).findingsOf("us-cma.verification")).hasSize(1);
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                arguments("us-cma.source-and-recipient", "/dataSharingProtocols", "no data-sharing protocol goes",
                        (UnaryOperator<Agreement>) a -> protocol(protocol(a, 0, p -> p.recipients(List.of("ca-cdss"))), 1,
                                p -> p.recipients(List.of("ssa")))),
                arguments("us-cma.purpose-and-legal-authority", "/authorities", "cites no legal authority",
                        (UnaryOperator<Agreement>) a -> edit(a).authorities(List.of()).build()),
                arguments("us-cma.justification", "/provisions", "no justification",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.JUSTIFICATION)),
                arguments("us-cma.records-and-data-elements", "/dataSharingProtocols/1/dataSets/0/dataElements",
                        "does not list the data elements", (UnaryOperator<Agreement>) a -> dataSet(a, 1, 0,
                                d -> DataSetBuilder.builder(d).dataElements(List.of()).build())),
                arguments("us-cma.records-and-data-elements", "/dataSharingProtocols/0/dataSets/0/approximateRecords",
                        "approximate number of records", (UnaryOperator<Agreement>) a -> dataSet(a, 0, 0,
                                d -> DataSetBuilder.builder(d).approximateRecords(null).build())),
                arguments("us-cma.individual-notice", "/provisions", "individualized notice",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.INDIVIDUAL_NOTICE)),
                arguments("us-cma.verification", "/provisions", "procedures for verifying",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.VERIFICATION)),
                arguments("us-cma.retention-and-destruction", "/dataSharingProtocols/1/disposal", "are destroyed",
                        (UnaryOperator<Agreement>) a -> protocol(a, 1, p -> p.disposal(DisposalMethod.ARCHIVAL))),
                arguments("us-cma.retention-and-destruction", "/dataSharingProtocols/1/retention", "no retention period",
                        (UnaryOperator<Agreement>) a -> protocol(a, 1, p -> p.retention(null))),
                arguments("us-cma.retention-and-destruction", "/dataSharingProtocols", "describes no records the recipient creates",
                        (UnaryOperator<Agreement>) a -> protocol(a, 1, p -> p.dataSets(List.of(p.dataSets().get(0))))),
                arguments("us-cma.security-safeguards", "/dataSharingProtocols/0/safeguards", "no physical safeguards",
                        (UnaryOperator<Agreement>) a -> protocol(a, 0, p -> p.safeguards(without(p.safeguards(),
                                s -> s.kind() == SafeguardKind.PHYSICAL)))),
                arguments("us-cma.security-safeguards", "/dataSharingProtocols/1/safeguards", "no technical safeguards",
                        (UnaryOperator<Agreement>) a -> protocol(a, 1, p -> p.encryptedAtRest(false).encryptedInTransit(false))),
                arguments("us-cma.no-duplication-or-redisclosure", "/dataSharingProtocols/1/onwardSharing",
                        "\"with-provider-consent\"", (UnaryOperator<Agreement>) a -> protocol(a, 1,
                                p -> p.onwardSharing(OnwardSharing.WITH_PROVIDER_CONSENT))),
                arguments("us-cma.no-duplication-or-redisclosure", "/provisions", "no prohibition on duplicating",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.DUPLICATION_AND_REDISCLOSURE)),
                arguments("us-cma.return-or-destruction", "/provisions", "return to the source or destruction",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.RETURN_OR_DESTRUCTION)),
                arguments("us-cma.accuracy-assessments", "/dataSharingProtocols/0/dataSets/0/accuracyAssessment",
                        "no information on assessments", (UnaryOperator<Agreement>) a -> dataSet(a, 0, 0,
                                d -> DataSetBuilder.builder(d).accuracyAssessment(null).build())),
                arguments("us-cma.comptroller-general-access", "/auditRights", "\"ca-cdss\"",
                        (UnaryOperator<Agreement>) a -> edit(a).auditRights(a.auditRights().stream()
                                .map(r -> AuditRightBuilder.builder(r).audited(List.of("ssa")).build()).toList()).build()),
                arguments("us-cma.congress-transmittal", "/notices", "no transmittal",
                        (UnaryOperator<Agreement>) a -> edit(a).notices(without(a.notices(),
                                n -> n.kind() == NoticeKind.CONGRESS_TRANSMITTAL)).build()),
                arguments("us-cma.congress-transmittal", "/term/effective", "no earlier than 2026-07-02",
                        (UnaryOperator<Agreement>) a -> withNotice(a, NoticeKind.CONGRESS_TRANSMITTAL,
                                n -> n.givenOn(LocalDate.of(2026, 6, 2)))),
                arguments("term.matching-duration", "/term/expires", "has no expiry",
                        (UnaryOperator<Agreement>) a -> withTerm(a, t -> t.expires(null))),
                arguments("us-cma.single-renewal", "/term/renewal/maxRenewals", "renewed 2 times",
                        (UnaryOperator<Agreement>) a -> withTerm(a, t -> t.renewal(new Renewal(2, Period.ofYears(1), false)))),
                arguments("us-cma.notice-and-contest", "/provisions", "opportunity to contest",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.NOTICE_AND_CONTEST)),
                arguments("us-cma.dib-approval", "/parties/0", "has not approved",
                        (UnaryOperator<Agreement>) a -> edit(a).approvals(List.of()).build()),
                arguments("us-cma.dib-approval", "/approvals/0/approvedOn", "after it took effect on 2026-07-01",
                        (UnaryOperator<Agreement>) a -> edit(a).approvals(a.approvals().stream()
                                .map(x -> ApprovalBuilder.builder(x).approvedOn(LocalDate.of(2026, 7, 2)).build()).toList())
                                .build()),
                arguments("us-cma.federal-register-notice", "/notices", "no federal party has published",
                        (UnaryOperator<Agreement>) a -> edit(a).notices(without(a.notices(),
                                n -> n.kind() == NoticeKind.FEDERAL_REGISTER)).build()),
                arguments("us-cma.federal-register-notice", "/notices/2/givenOn", "requires it by 2026-06-01",
                        (UnaryOperator<Agreement>) a -> withNotice(a, NoticeKind.FEDERAL_REGISTER,
                                n -> n.givenOn(LocalDate.of(2026, 6, 2)))));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("defects")
    void eachRuleFiresOnItsDefectAtTheElementWithItsCitationsAndNoOtherRuleDoes(String ruleId, String pointer,
            String messagePart, UnaryOperator<Agreement> defect) {
        Rule rule = new UsComputerMatchingPack().rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();

        List<Finding> findings = packFindings(defect.apply(CLEAN));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.location()).hasToString(pointer);
            assertThat(finding.message()).contains(messagePart);
            assertThat(finding.hint()).isNotBlank();
            assertThat(finding.severity()).isEqualTo(rule.defaultSeverity());
            assertThat(finding.citations()).isEqualTo(rule.citations());
        });
    }

    @Nested
    @DisplayName("term.matching-duration: a term includes its last day")
    class MatchingDuration {

        private List<Finding> duration(Agreement agreement) {
            return CMA.validate(agreement).findingsOf("term.matching-duration");
        }

        private Agreement term(String effective, String expires, Period renewal) {
            return withTerm(CLEAN, t -> t.effective(LocalDate.parse(effective)).expires(LocalDate.parse(expires))
                    .renewal(new Renewal(1, renewal, false)));
        }

        @Test
        void eighteenMonthsFromTheFirstOfJulyEndOnTheLastDayOfDecemberNextYear() {
            assertThat(duration(term("2026-07-01", "2027-12-31", Period.ofYears(1)))).isEmpty();
        }

        @Test
        void oneDayMoreIsEighteenMonthsAndADayAndTheHintNamesTheRightLastDay() {
            assertThat(duration(term("2026-07-01", "2028-01-01", Period.ofYears(1)))).singleElement().satisfies(f -> {
                assertThat(f.location()).hasToString("/term/expires");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).contains("longer than the 18 months 5 U.S.C. 552a(o)(2)(C) allows");
                assertThat(f.hint()).contains("no later than 2027-12-31").doesNotContain("2028-01-01");
                assertThat(f.citations()).containsExactly(Citation.of("5 U.S.C. 552a", "(o)(2)(C)"),
                        Citation.of("5 U.S.C. 552a", "(o)(2)(D)"));
            });
        }

        @Test
        void atTheEndOfAMonthEighteenMonthsEndTheDayBeforeTheSameDayOfTheMonth() {
            // 2026-08-31 + 18 months is 2028-02-29 (a leap year), so the last day is 2028-02-28.
            assertThat(duration(term("2026-08-31", "2028-02-28", Period.ofYears(1)))).isEmpty();
            assertThat(duration(term("2026-08-31", "2028-02-29", Period.ofYears(1)))).hasSize(1);
        }

        @Test
        void aRenewalOfAYearOrTwelveMonthsIsAllowedAndADayMoreIsNot() {
            assertThat(duration(term("2026-07-01", "2027-12-31", Period.ofMonths(12)))).isEmpty();
            assertThat(duration(term("2026-07-01", "2027-12-31", Period.ofYears(1).plusDays(1))))
                    .singleElement().satisfies(f -> assertThat(f.location()).hasToString("/term/renewal/renewalTerm"));
            assertThat(duration(term("2026-07-01", "2027-12-31", Period.ofMonths(13)))).hasSize(1);
        }

        @Test
        void aRenewalIsMeasuredFromTheDayAfterTheExpirySoThreeHundredSixtySixDaysAreAYearIn2028() {
            // The renewal runs 2028-01-01 through 2028-12-31: 366 days, 2028 being a leap year.
            assertThat(duration(term("2026-07-01", "2027-12-31", Period.ofDays(366)))).isEmpty();
            assertThat(duration(term("2026-07-01", "2027-12-31", Period.ofDays(367)))).hasSize(1);
        }

        @Test
        void anExtremeTermDoesNotMakeTheRuleFail() {
            Agreement far = withTerm(CLEAN, t -> t.effective(LocalDate.of(999_999_999, 1, 1))
                    .expires(LocalDate.of(999_999_999, 12, 31)).renewal(new Renewal(1, Period.ofYears(1), false)));

            assertThat(CMA.validate(far).outcomeOf("term.matching-duration")).map(RuleOutcome::outcome)
                    .hasValueSatisfying(o -> assertThat(o).isNotEqualTo(Outcome.FAILED));
        }
    }

    @Nested
    class DatesAtTheBoundary {

        @Test
        void aTransmittalExactlyThirtyDaysBeforeTheEffectiveDateIsInTime() {
            Agreement agreement = withNotice(CLEAN, NoticeKind.CONGRESS_TRANSMITTAL, n -> n.givenOn(LocalDate.of(2026, 6, 1)));

            assertThat(packFindings(agreement)).isEmpty();
        }

        @Test
        void aFederalRegisterNoticeThirtyDaysBeforeTheMatchIsInTime() {
            Agreement agreement = withNotice(CLEAN, NoticeKind.FEDERAL_REGISTER, n -> n.givenOn(LocalDate.of(2026, 6, 1)));

            assertThat(packFindings(agreement)).isEmpty();
        }

        @Test
        void aBoardApprovalOnTheEffectiveDateIsInTime() {
            List<Approval> onTheDay = CLEAN.approvals().stream()
                    .map(x -> ApprovalBuilder.builder(x).approvedOn(LocalDate.of(2026, 7, 1)).build()).toList();

            assertThat(packFindings(edit(CLEAN).approvals(onTheDay).build())).isEmpty();
        }
    }

    @Nested
    class GovernmentLevels {

        @Test
        void aMatchBetweenFederalAgenciesNeedsNoFederalRegisterNoticeButBothBoardsApprovals() {
            Agreement federal = party(edit(CLEAN).notices(without(CLEAN.notices(),
                    n -> n.kind() == NoticeKind.FEDERAL_REGISTER)).build(), 1,
                    p -> PartyBuilder.builder(p).governmentLevel(GovernmentLevel.FEDERAL).build());

            Report report = CMA.validate(federal);

            assertThat(report.outcomeOf("us-cma.federal-register-notice")).map(RuleOutcome::outcome)
                    .contains(Outcome.NOT_APPLICABLE);
            assertThat(report.findingsOf("us-cma.dib-approval")).singleElement()
                    .satisfies(f -> assertThat(f.location()).hasToString("/parties/1"));
        }

        @Test
        void withNoLevelStatedTheRulesThatNeedOneSayTheyCannotTell() {
            Agreement unstated = party(party(CLEAN, 0, p -> PartyBuilder.builder(p).governmentLevel(null).build()), 1,
                    p -> PartyBuilder.builder(p).governmentLevel(null).build());

            Report report = CMA.validate(unstated);

            assertThat(report.outcomeOf("us-cma.dib-approval")).map(RuleOutcome::outcome).contains(Outcome.UNKNOWN);
            assertThat(report.outcomeOf("us-cma.federal-register-notice")).map(RuleOutcome::outcome)
                    .contains(Outcome.UNKNOWN);
        }
    }

    @Test
    void datesAtTheEndsOfTheCalendarMakeNoRuleFail() {
        Agreement far = withNotice(withTerm(CLEAN, t -> t.effective(LocalDate.MIN).expires(LocalDate.MAX)),
                NoticeKind.CONGRESS_TRANSMITTAL, n -> n.givenOn(LocalDate.MAX));

        Report report = CMA.validate(far);

        assertThat(RULE_IDS).allSatisfy(id -> assertThat(report.outcomeOf(id)).map(RuleOutcome::outcome)
                .as(id).hasValueSatisfying(o -> assertThat(o).isNotEqualTo(Outcome.FAILED)));
    }

    @Test
    void theSingleRenewalReadingIsUnverifiedSoAWarningWithoutCitation() {
        Rule rule = new UsComputerMatchingPack().rules().stream().filter(r -> r.id().equals("us-cma.single-renewal"))
                .findFirst().orElseThrow();

        assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(rule.citations()).isEmpty();
    }

    @Test
    void thePackGovernsComputerMatchingAgreementsOnlyAndSaysSoRuleByRule() {
        Agreement mou = edit(CLEAN).kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING).build();

        Report report = CMA.validate(withoutProvision(mou, ProvisionTopic.VERIFICATION));

        assertThat(packFindings(mou)).isEmpty();
        assertThat(RULE_IDS).allSatisfy(id -> assertThat(report.outcomeOf(id)).contains(new RuleOutcome(id,
                Outcome.NOT_APPLICABLE, 0, "us-cma governs computer matching agreements; this is a memorandum-of-understanding")));
    }

    @Test
    void everyRuleButTheUnverifiedOneCitesThePrivacyActAndIsAnError() {
        for (Rule rule : new UsComputerMatchingPack().rules()) {
            if (rule.id().equals("us-cma.single-renewal")) {
                continue;
            }
            assertThat(rule.defaultSeverity()).as(rule.id()).isEqualTo(Severity.ERROR);
            assertThat(rule.citations()).as(rule.id()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.instrument()).isEqualTo("5 U.S.C. 552a"));
        }
    }

    @Test
    void theDefectiveExampleReportsWhatTheReadmeSays() {
        Report report = CMA.validate(example("computer-matching-ssa-calfresh-overlong-draft.json"));

        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.location()).containsExactlyInAnyOrder(
                "term.matching-duration /term/expires",
                "us-cma.single-renewal /term/renewal/maxRenewals",
                "us-cma.no-duplication-or-redisclosure /dataSharingProtocols/1/onwardSharing",
                "us-cma.dib-approval /parties/0",
                "us-cma.congress-transmittal /notices",
                "us-cma.federal-register-notice /notices");
    }
}
