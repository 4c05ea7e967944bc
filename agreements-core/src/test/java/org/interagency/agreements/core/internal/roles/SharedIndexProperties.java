package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.internal.SharedFacts;
import org.interagency.agreements.rules.SharedFact;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three rules that share the index of every assignment ({@link AssignmentTable#EVERY_ROLE})
 * within one validation find exactly what each finds on its own, and a shared fact that cannot
 * be computed fails each rule that needs it, separately.
 */
class SharedIndexProperties {

    private static final List<Rule> SHARING = List.of(
            new AccountableOverlapRule(), new ResponsibleDuplicateRule(), new AccountabilityGapRule());

    @Provide
    Arbitrary<Agreement> agreements() {
        return RandomAgreements.agreements();
    }

    @Property(tries = 200)
    void rulesFindTheSameWithTheSharedIndexAsEachOnItsOwn(@ForAll("agreements") Agreement agreement) {
        // Rules run in order of id: the gap rule builds the index and the overlap rules reuse it;
        // without the gap rule, the accountable-overlap rule builds it.
        Report together = validator(SHARING).validate(agreement);
        Report overlapsOnly = validator(SHARING.subList(0, 2)).validate(agreement);

        for (Rule rule : SHARING) {
            List<Finding> alone = Check.findings(rule, agreement);
            assertThat(findingsOf(together, rule.id())).isEqualTo(alone);
            if (!(rule instanceof AccountabilityGapRule)) {
                assertThat(findingsOf(overlapsOnly, rule.id())).isEqualTo(alone);
            }
        }
    }

    @Property(tries = 50)
    void aSharedFactThatThrowsFailsEachRuleThatNeedsItOnItsOwn(@ForAll("agreements") Agreement agreement) {
        SharedFact<String> broken = SharedFact.of("broken", a -> {
            throw new IllegalStateException("the fact cannot be computed");
        });
        List<Rule> rules = new ArrayList<>(SHARING);
        rules.add(new NeedsFact("test.first-needs-fact", broken));
        rules.add(new NeedsFact("test.second-needs-fact", broken));

        Report report = validator(rules).validate(agreement);

        List<Finding> failed = findingsOf(report, AgreementValidator.RULE_FAILED_ID);
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0).message()).contains("\"test.first-needs-fact\"", "the fact cannot be computed");
        assertThat(failed.get(1).message()).contains("\"test.second-needs-fact\"", "the fact cannot be computed");
        for (Rule rule : SHARING) {
            assertThat(findingsOf(report, rule.id())).isEqualTo(Check.findings(rule, agreement));
        }
    }

    private static AgreementValidator validator(List<Rule> rules) {
        AgreementValidator.Builder builder = AgreementValidator.builder().discoverRules(false)
                .disable(Finding.BEAN_VALIDATION_RULE_ID);
        rules.forEach(builder::addRule);
        return builder.build();
    }

    /** The findings of {@code ruleId} as the rule reported them, without the fingerprint the validator adds. */
    private static List<Finding> findingsOf(Report report, String ruleId) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> f.withFingerprint(null)).toList();
    }

    /** A rule that reads a shared fact, and reports it. */
    private record NeedsFact(String id, SharedFact<String> key) implements Rule {

        @Override
        public Severity defaultSeverity() {
            return Severity.INFO;
        }

        @Override
        public Principle principle() {
            return Principle.ROLES_AND_RESPONSIBILITIES;
        }

        @Override
        public String description() {
            return "Reports a shared fact.";
        }

        @Override
        public void check(Agreement agreement, RuleContext context) {
            context.report(JsonPointer.root(), context.fact(key, agreement), null);
        }
    }
}
