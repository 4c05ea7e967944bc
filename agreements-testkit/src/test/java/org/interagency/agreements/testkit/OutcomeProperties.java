package org.interagency.agreements.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RuleOutcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in rules explain every report: one outcome per rule, FOUND exactly for the rules with findings. */
class OutcomeProperties {

    private static final List<String> BUILT_IN = AgreementValidator.builder().build().rules().stream()
            .map(Rule::id).sorted().toList();

    @Provide
    Arbitrary<Set<String>> disabled() {
        return Arbitraries.of(BUILT_IN).set().ofMaxSize(8);
    }

    @Property(tries = 200)
    void outcomesCoverEveryRuleExactlyOnceAndFoundMeansTheRuleHasFindings(
            @ForAll("agreements") Agreement agreement, @ForAll("disabled") Set<String> disabled) {
        AgreementValidator.Builder builder = AgreementValidator.builder().clock(AgreementArbitraries.referenceClock());
        disabled.forEach(builder::disable);
        AgreementValidator validator = builder.build();

        Report report = validator.validate(agreement);

        List<String> ids = report.outcomes().stream().map(RuleOutcome::ruleId).toList();
        assertThat(ids).doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>(BUILT_IN);
        expected.add(Finding.BEAN_VALIDATION_RULE_ID);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
        Set<String> enabled = new HashSet<>();
        validator.rules().forEach(rule -> enabled.add(rule.id()));
        for (RuleOutcome outcome : report.outcomes()) {
            List<Finding> findings = report.findingsOf(outcome.ruleId());
            assertThat(outcome.outcome() == Outcome.FOUND).as(outcome.toString()).isEqualTo(!findings.isEmpty());
            assertThat(outcome.findings()).as(outcome.toString()).isEqualTo(findings.size());
            if (!outcome.ruleId().equals(Finding.BEAN_VALIDATION_RULE_ID)) {
                assertThat(outcome.outcome().ran()).as(outcome.toString()).isEqualTo(enabled.contains(outcome.ruleId()));
            }
        }
    }

    @Provide
    Arbitrary<Agreement> agreements() {
        return AgreementArbitraries.agreements();
    }
}
