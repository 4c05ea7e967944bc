package org.interagency.agreements.core;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidatorTest.TestRule;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.RaciRole.ACCOUNTABLE;
import static org.interagency.agreements.RaciRole.RESPONSIBLE;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMou;
import static org.interagency.agreements.core.TestAgreements.floodMouWith;
import static org.interagency.agreements.core.TestAgreements.responsibility;

/** The engine explains every report rule by rule, and adds citations to the findings it collects. */
class OutcomesTest {

    private static final Agreement TWO_ACCOUNTABLE = floodMouWith(responsibility("flood", "emergency/flood",
            assign("fema", ACCOUNTABLE), assign("state-dem", ACCOUNTABLE), assign("county-oem", RESPONSIBLE)));

    private static Rule rule(String id, java.util.function.BiConsumer<Agreement, RuleContext> body) {
        return new TestRule(id, Principle.LEADERSHIP, Severity.WARNING, body);
    }

    private static AgreementValidator validator(Rule... rules) {
        AgreementValidator.Builder builder = AgreementValidator.builder().discoverRules(false);
        for (Rule rule : rules) {
            builder.addRule(rule);
        }
        return builder.build();
    }

    @Test
    void eachRuleSaysWhatHappenedInRuleIdOrder() {
        AgreementValidator validator = validator(
                rule("acme.silent", (a, c) -> { }),
                rule("acme.finds", (a, c) -> c.report(JsonPointer.of("title"), "found", null)),
                rule("acme.nothing-to-check", (a, c) -> c.notApplicable("no data-sharing protocol")),
                rule("acme.needs-dates", (a, c) -> c.unknown("the term has no end date")),
                rule("acme.checked", (a, c) -> c.passed("3 responsibilities checked")),
                rule("acme.broken", (a, c) -> {
                    throw new IllegalStateException("out of step");
                }));

        Report report = validator.validate(floodMou().build());

        assertThat(report.outcomes()).containsExactly(
                new RuleOutcome("acme.broken", Outcome.FAILED, 0, "java.lang.IllegalStateException"),
                new RuleOutcome("acme.checked", Outcome.PASSED, 0, "3 responsibilities checked"),
                new RuleOutcome("acme.finds", Outcome.FOUND, 1, null),
                new RuleOutcome("acme.needs-dates", Outcome.UNKNOWN, 0, "the term has no end date"),
                new RuleOutcome("acme.nothing-to-check", Outcome.NOT_APPLICABLE, 0, "no data-sharing protocol"),
                new RuleOutcome("acme.silent", Outcome.PASSED, 0, null),
                new RuleOutcome(Finding.BEAN_VALIDATION_RULE_ID, Outcome.PASSED, 0, "every constraint holds"));
    }

    @Test
    void aRuleThatReportsAFindingHasFoundWhateverItSaidAndTheLastWordCounts() {
        AgreementValidator validator = validator(
                rule("acme.both", (a, c) -> {
                    c.notApplicable("nothing here");
                    c.report(JsonPointer.of("title"), "but found this", null);
                }),
                rule("acme.changed-its-mind", (a, c) -> {
                    c.notApplicable("nothing here");
                    c.passed("looked again: 2 parties checked");
                }));

        Report report = validator.validate(floodMou().build());

        assertThat(report.outcomeOf("acme.both")).contains(new RuleOutcome("acme.both", Outcome.FOUND, 1, null));
        assertThat(report.outcomeOf("acme.changed-its-mind"))
                .contains(new RuleOutcome("acme.changed-its-mind", Outcome.PASSED, 0, "looked again: 2 parties checked"));
    }

    @Test
    void disabledAndUnselectedRulesAreExplainedTooAndBeanValidationFindsViolations() {
        AgreementValidator validator = AgreementValidator.builder()
                .packs("roles")
                .disable("roles.responsible-duplicate")
                .build();

        Report report = validator.validate(floodMou().id("Not An Id").build());

        assertThat(report.outcomeOf("roles.responsible-duplicate")).map(RuleOutcome::outcome).contains(Outcome.DISABLED);
        assertThat(report.outcomeOf("comms.no-channel-reaches-all")).map(RuleOutcome::outcome).contains(Outcome.NOT_SELECTED);
        assertThat(report.outcomeOf(Finding.BEAN_VALIDATION_RULE_ID)).map(RuleOutcome::outcome).contains(Outcome.FOUND);
        assertThat(AgreementValidator.builder().disable(Finding.BEAN_VALIDATION_RULE_ID).build()
                .validate(floodMou().build()).outcomeOf(Finding.BEAN_VALIDATION_RULE_ID))
                .map(RuleOutcome::outcome).contains(Outcome.DISABLED);
    }

    /** The built-in catalogue, on agreements with and without findings: every rule once, FOUND exactly with findings. */
    @Property(tries = 30)
    void outcomesCoverEveryKnownRuleOnceAndFoundMeansFindings(@ForAll("agreements") Agreement agreement,
            @ForAll("disabled") Set<String> disabled) {
        AgreementValidator.Builder builder = AgreementValidator.builder();
        disabled.forEach(builder::disable);
        Report report = builder.build().validate(agreement);

        Set<String> known = new HashSet<>();
        AgreementValidator.defaults().rules().forEach(r -> known.add(r.id()));
        known.add(Finding.BEAN_VALIDATION_RULE_ID);
        assertThat(report.outcomes()).extracting(RuleOutcome::ruleId).containsExactlyInAnyOrderElementsOf(known);
        for (RuleOutcome outcome : report.outcomes()) {
            long findings = report.findings().stream().filter(f -> f.ruleId().equals(outcome.ruleId())).count();
            assertThat(outcome.outcome() == Outcome.FOUND).as(outcome.toString()).isEqualTo(findings > 0);
            assertThat(outcome.findings()).as(outcome.toString()).isEqualTo((int) findings);
            assertThat(outcome.outcome() == Outcome.DISABLED).isEqualTo(disabled.contains(outcome.ruleId()));
        }
    }

    @Provide
    Arbitrary<Agreement> agreements() {
        return Arbitraries.of(floodMou().build(), TWO_ACCOUNTABLE, floodMou().id("Not An Id").build());
    }

    @Provide
    Arbitrary<Set<String>> disabled() {
        List<String> ids = new ArrayList<>();
        AgreementValidator.defaults().rules().forEach(r -> ids.add(r.id()));
        return Arbitraries.of(ids).set().ofMaxSize(5);
    }

    static final class CitingRule extends AbstractRule {

        static final Citation NOTICE = new Citation("5 U.S.C. 552a", "(o)(1)(D)", URI.create("https://www.govinfo.gov/"));

        CitingRule() {
            super("acme.notice", Severity.ERROR, Principle.INFORMATION_SHARING,
                    "The agreement says how individuals are notified.", List.of(NOTICE));
        }

        @Override
        public void check(Agreement agreement, RuleContext context) {
            context.report(JsonPointer.of("title"), "no notice", null);
            Supplier<String> lazy = () -> "written late";
            context.report(JsonPointer.of("id"), lazy, null, List.of());
        }
    }

    @Test
    void findingsCarryTheirRulesCitationsWhetherTheirMessagesAreWrittenAtOnceOrLate() {
        Report report = validator(new CitingRule()).validate(floodMou().build());

        assertThat(report.findingsOf("acme.notice"))
                .extracting(Finding::message, Finding::citations)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("written late", List.of(CitingRule.NOTICE)),
                        org.assertj.core.groups.Tuple.tuple("no notice", List.of(CitingRule.NOTICE)));
    }
}
