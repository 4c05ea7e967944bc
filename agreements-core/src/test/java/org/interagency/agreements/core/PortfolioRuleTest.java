package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.core.PacksTest.MatchingPack;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.PortfolioContext;
import org.interagency.agreements.rules.PortfolioRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.TestAgreements.floodMou;

/**
 * A pack's {@link PortfolioRule} runs in the portfolio check: when its pack runs on an agreement of
 * the portfolio, with its configured severity, its findings kept only at the agreements its pack
 * runs on, fingerprinted and sorted like the built-in overlap check's; a rule that throws is a
 * failed rule, not an exception.
 */
class PortfolioRuleTest {

    /** A portfolio rule made for the test: it reports what {@code body} reports. */
    static final class Between extends AbstractRule implements PortfolioRule {

        private final BiConsumer<List<Agreement>, PortfolioContext> body;

        Between(BiConsumer<List<Agreement>, PortfolioContext> body) {
            super("acme-cma.between", Severity.WARNING, Principle.FOUNDATIONS, "Something between two matching agreements.");
            this.body = body;
        }

        @Override
        public void check(Agreement agreement, RuleContext context) {
            context.unknown("checked in a portfolio");
        }

        @Override
        public void checkPortfolio(List<Agreement> portfolio, PortfolioContext context) {
            body.accept(portfolio, context);
        }
    }

    private static final Agreement MATCH_A = floodMou().id("match-a").kind(AgreementKind.COMPUTER_MATCHING_AGREEMENT).build();
    private static final Agreement MATCH_B = floodMou().id("match-b").kind(AgreementKind.COMPUTER_MATCHING_AGREEMENT).build();
    private static final Agreement MOU = floodMou().id("mou").build();

    /** Reports at every agreement of the portfolio, each with the next one (by id) as related. */
    private static final Between EVERY_AGREEMENT = new Between((portfolio, context) -> {
        List<Agreement> byId = new ArrayList<>(portfolio);
        byId.sort(Comparator.comparing(Agreement::id));
        for (int i = 0; i < byId.size(); i++) {
            Agreement next = byId.get((i + 1) % byId.size());
            context.report(byId.get(i).id(), JsonPointer.of("title"), "paired with " + next.id(), "look at both",
                    next.id(), List.of(JsonPointer.of("term")));
        }
    });

    private static AgreementValidator selecting(Between rule) {
        return AgreementValidator.builder().addPack(new MatchingPack("acme-cma", List.of(rule))).packs("acme-cma").build();
    }

    @Test
    void aSelectedPacksPortfolioRuleReportsBetweenTheAgreementsItGoverns() {
        PortfolioReport report = selecting(EVERY_AGREEMENT).validatePortfolio(List.of(MOU, MATCH_B, MATCH_A));

        assertThat(report.findings()).extracting(PortfolioFinding::location).containsExactly(
                new AgreementLocation("match-a", JsonPointer.of("title")),
                new AgreementLocation("match-b", JsonPointer.of("title")));
        assertThat(report.findings()).allSatisfy(finding -> {
            assertThat(finding.ruleId()).isEqualTo("acme-cma.between");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.fingerprint()).hasSize(32);
        });
        // The rule saw the memorandum too (match-b is paired with it), but a finding at it is dropped.
        assertThat(report.findings().get(1).related()).containsExactly(new AgreementLocation("mou", JsonPointer.of("term")));
    }

    @Test
    void theConfiguredSeverityIsTheFindingsSeverity() {
        AgreementValidator validator = AgreementValidator.builder().addPack(new MatchingPack("acme-cma",
                List.of(EVERY_AGREEMENT))).packs("acme-cma").severity("acme-cma.between", Severity.ERROR).build();

        PortfolioReport report = validator.validatePortfolio(List.of(MATCH_A, MATCH_B));

        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void aPackNeitherSelectedNorClaimedRunsNoPortfolioRule() {
        AgreementValidator validator = AgreementValidator.builder()
                .addPack(new MatchingPack("acme-cma", List.of(EVERY_AGREEMENT))).build();

        assertThat(validator.validatePortfolio(List.of(MATCH_A, MATCH_B)).findings()).isEmpty();
    }

    @Test
    void aClaimedPackRunsItsPortfolioRuleAtTheAgreementsThatClaimIt() {
        AgreementValidator validator = AgreementValidator.builder()
                .addPack(new MatchingPack("acme-cma", List.of(EVERY_AGREEMENT))).build();
        Agreement claiming = TestAgreements.floodMou().id("match-c").kind(AgreementKind.COMPUTER_MATCHING_AGREEMENT)
                .claims(List.of("acme-cma")).build();

        PortfolioReport report = validator.validatePortfolio(List.of(MATCH_A, claiming));

        assertThat(report.findings()).extracting(f -> f.location().agreementId()).containsExactly("match-c");
    }

    @Test
    void aDisabledPortfolioRuleDoesNotRun() {
        AgreementValidator validator = AgreementValidator.builder().addPack(new MatchingPack("acme-cma",
                List.of(EVERY_AGREEMENT))).packs("acme-cma").disable("acme-cma.between").build();

        assertThat(validator.validatePortfolio(List.of(MATCH_A, MATCH_B)).findings()).isEmpty();
    }

    @Test
    void theRuleIsToldTheValidatorsToday() {
        AtomicReference<LocalDate> seen = new AtomicReference<>();
        Between rule = new Between((portfolio, context) -> seen.set(context.today()));
        AgreementValidator validator = AgreementValidator.builder().addPack(new MatchingPack("acme-cma", List.of(rule)))
                .packs("acme-cma").clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        ZoneOffset.UTC)).build();

        validator.validatePortfolio(List.of(MATCH_A));

        assertThat(seen).hasValue(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aRuleThatThrowsIsOneFailedRuleFindingWithoutItsOtherFindings() {
        Between failing = new Between((portfolio, context) -> {
            context.report("match-a", JsonPointer.of("title"), "reported before failing", null);
            throw new IllegalStateException("boom");
        });

        PortfolioReport report = selecting(failing).validatePortfolio(List.of(MATCH_B, MATCH_A));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(AgreementValidator.RULE_FAILED_ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(new AgreementLocation("match-a", JsonPointer.root()));
            assertThat(f.message()).contains("acme-cma.between").contains("IllegalStateException").contains("boom");
        });
    }

    @Test
    void aFindingInAnAgreementOutsideThePortfolioFailsTheRule() {
        Between stray = new Between((portfolio, context) -> context.report("elsewhere", JsonPointer.root(), "stray", null));

        PortfolioReport report = selecting(stray).validatePortfolio(List.of(MATCH_A));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(AgreementValidator.RULE_FAILED_ID);
            assertThat(f.message()).contains("elsewhere").contains("not in the portfolio");
        });
    }

    @Test
    void checkedAloneTheAgreementGetsTheRulesOwnOutcome() {
        assertThat(selecting(EVERY_AGREEMENT).validate(MATCH_A).outcomeOf("acme-cma.between"))
                .hasValueSatisfying(o -> assertThat(o.reason()).isEqualTo("checked in a portfolio"));
    }
}
