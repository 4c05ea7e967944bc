package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.core.AgreementValidatorTest.TestRule;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.RulePack;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interagency.agreements.core.TestAgreements.floodMou;

/** One concept for a set of rules a user selects: principles and legal regimes alike. */
class PacksTest {

    /** A pack of the law of computer matching agreements, made for the test: it governs that kind only. */
    record MatchingPack(String id, List<Rule> rules) implements RulePack {

        @Override
        public String title() {
            return "Matching, for the tests";
        }

        @Override
        public Applicability applicability(Agreement agreement) {
            return agreement.kind() == AgreementKind.COMPUTER_MATCHING_AGREEMENT
                    ? Applicability.governed()
                    : Applicability.notGoverned(id + " governs computer matching agreements only");
        }
    }

    private static final Rule NOTICE = new TestRule("acme-cma.notice", Principle.INFORMATION_SHARING, Severity.ERROR,
            (agreement, context) -> context.report(JsonPointer.of("title"), "no notice procedure", null));

    private static final RulePack MATCHING = new MatchingPack("acme-cma", List.of(NOTICE));

    private static final Agreement MOU = floodMou().build();
    private static final Agreement MATCHING_AGREEMENT = floodMou().kind(AgreementKind.COMPUTER_MATCHING_AGREEMENT).build();

    @Test
    void aLegalPackDoesNotRunUnlessSelectedAndTheReportSaysSo() {
        AgreementValidator validator = AgreementValidator.builder().addPack(MATCHING).build();

        Report report = validator.validate(MATCHING_AGREEMENT);

        assertThat(validator.packs()).doesNotContain("acme-cma").contains("roles", "data", "foundations");
        assertThat(report.findingsOf("acme-cma.notice")).isEmpty();
        assertThat(report.outcomeOf("acme-cma.notice")).map(RuleOutcome::outcome).contains(Outcome.NOT_SELECTED);
    }

    @Test
    void aSelectedPackRunsOnWhatItGovernsAndIsNotApplicableElsewhere() {
        AgreementValidator validator = AgreementValidator.builder().addPack(MATCHING).packs("acme-cma").build();

        assertThat(validator.validate(MATCHING_AGREEMENT).findingsOf("acme-cma.notice"))
                .extracting(Finding::message).containsExactly("no notice procedure");
        Report mou = validator.validate(MOU);
        assertThat(mou.findingsOf("acme-cma.notice")).isEmpty();
        assertThat(mou.outcomeOf("acme-cma.notice")).contains(new RuleOutcome("acme-cma.notice", Outcome.NOT_APPLICABLE, 0,
                "acme-cma governs computer matching agreements only"));
        assertThat(mou.outcomeOf("roles.accountable-overlap")).map(RuleOutcome::outcome).contains(Outcome.NOT_SELECTED);
    }

    @Test
    void principlesSelectsEveryPrinciplePackBesideALegalOne() {
        AgreementValidator validator = AgreementValidator.builder().addPack(MATCHING)
                .packs(RulePack.PRINCIPLES, "acme-cma").build();

        assertThat(validator.packs()).contains("acme-cma", "roles", "foundations");
        assertThat(validator.rules()).hasSize(AgreementValidator.defaults().rules().size() + 1);
    }

    @Test
    void anUnknownPackIsAnErrorThatNamesTheNearestPack() {
        assertThatThrownBy(() -> AgreementValidator.builder().addPack(MATCHING).packs("acme-cmaa").build())
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessageContaining("pack \"acme-cmaa\"").hasMessageContaining("did you mean \"acme-cma\"");
    }

    @Test
    void aPackCannotTakeAPrinciplesIdOrAnotherPacksAndItsRulesIdsAreUnique() {
        assertThatThrownBy(() -> AgreementValidator.builder().addPack(new MatchingPack("roles", List.of())).build())
                .isInstanceOf(RuleConfigurationException.class).hasMessageContaining("\"roles\"").hasMessageContaining("taken");
        assertThatThrownBy(() -> AgreementValidator.builder().addPack(MATCHING)
                .addPack(new MatchingPack("acme-cma", List.of())).build())
                .isInstanceOf(RuleConfigurationException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> AgreementValidator.builder().addPack(MATCHING)
                .addPack(new MatchingPack("acme-other", List.of(NOTICE))).build())
                .isInstanceOf(RuleConfigurationException.class).hasMessageContaining("two rules have the id \"acme-cma.notice\"");
        assertThatThrownBy(() -> AgreementValidator.builder().addPack(new MatchingPack("Acme CMA", List.of())).build())
                .isInstanceOf(RuleConfigurationException.class).hasMessageContaining("kebab-case");
    }

    private static Agreement claiming(Agreement agreement, String... packs) {
        return AgreementBuilder.builder(agreement).claims(List.of(packs)).build();
    }

    @Test
    void aClaimedPackRunsOnTheAgreementThatClaimsItThoughNotSelected() {
        AgreementValidator validator = AgreementValidator.builder().addPack(MATCHING).build();

        Report claimed = validator.validate(claiming(MATCHING_AGREEMENT, "acme-cma"));
        Report unclaimed = validator.validate(MATCHING_AGREEMENT);

        assertThat(claimed.findingsOf("acme-cma.notice")).extracting(Finding::message).containsExactly("no notice procedure");
        assertThat(claimed.outcomeOf("acme-cma.notice")).map(RuleOutcome::outcome).contains(Outcome.FOUND);
        assertThat(unclaimed.findingsOf("acme-cma.notice")).isEmpty();
        assertThat(unclaimed.outcomeOf("acme-cma.notice")).map(RuleOutcome::outcome).contains(Outcome.NOT_SELECTED);
        assertThat(validator.packs()).as("a claim changes what runs on one agreement, not the selection")
                .doesNotContain("acme-cma");
    }

    @Test
    void aClaimedPackThatDoesNotGovernTheAgreementSaysSo() {
        Report report = AgreementValidator.builder().addPack(MATCHING).build().validate(claiming(MOU, "acme-cma"));

        assertThat(report.findingsOf("acme-cma.notice")).isEmpty();
        assertThat(report.outcomeOf("acme-cma.notice")).map(RuleOutcome::outcome).contains(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aClaimedPackRunsOnceWhenAlsoSelected() {
        Report report = AgreementValidator.builder().addPack(MATCHING).packs(RulePack.PRINCIPLES, "acme-cma").build()
                .validate(claiming(MATCHING_AGREEMENT, "acme-cma"));

        assertThat(report.findingsOf("acme-cma.notice")).hasSize(1);
    }

    @Test
    void aClaimOfAPackThatDoesNotExistIsAFindingAtTheClaimNotAnException() {
        Report report = AgreementValidator.builder().addPack(MATCHING).build()
                .validate(claiming(MATCHING_AGREEMENT, "acme-cma", "acme-cmaa", "no-such-regime"));

        assertThat(report.findingsOf(AgreementValidator.UNKNOWN_PACK_ID)).hasSize(2).allSatisfy(finding ->
                assertThat(finding.severity()).isEqualTo(Severity.ERROR));
        Finding nearest = report.findingsOf(AgreementValidator.UNKNOWN_PACK_ID).get(0);
        assertThat(nearest.location()).hasToString("/claims/1");
        assertThat(nearest.message()).contains("\"acme-cmaa\"");
        assertThat(nearest.hint()).contains("did you mean \"acme-cma\"");
        assertThat(report.findingsOf("acme-cma.notice")).as("the claims that are known still run").hasSize(1);
    }

    @Test
    void aDisabledRuleOfAClaimedPackStaysDisabled() {
        Report report = AgreementValidator.builder().addPack(MATCHING).disable("acme-cma.notice").build()
                .validate(claiming(MATCHING_AGREEMENT, "acme-cma"));

        assertThat(report.findingsOf("acme-cma.notice")).isEmpty();
        assertThat(report.outcomeOf("acme-cma.notice")).map(RuleOutcome::outcome).contains(Outcome.DISABLED);
    }

    @Test
    void aPackThatDoesNotApplyMustSayWhy() {
        assertThatThrownBy(() -> RulePack.Applicability.notGoverned(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RulePack.Applicability.governed().applies()).isTrue();
    }
}
