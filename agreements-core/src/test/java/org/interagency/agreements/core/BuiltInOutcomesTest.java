package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Goal;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleOutcome;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.TestAgreements.floodMou;

/** The built-in rules do not pass where the agreement gives them nothing to look at. */
class BuiltInOutcomesTest {

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .build();

    private static Set<String> withOutcome(Report report, Outcome outcome) {
        return report.outcomes().stream().filter(o -> o.outcome() == outcome).map(RuleOutcome::ruleId)
                .collect(Collectors.toSet());
    }

    @Test
    void onADraftWithPartiesAloneEveryRuleAboutAnAbsentSectionIsNotApplicable() {
        // Three parties and a term: no responsibilities, goals, channels, bodies, protocols, paths,
        // trust measures, training or reviews; a draft memorandum of understanding.
        Report report = VALIDATOR.validate(floodMou().build());

        assertThat(withOutcome(report, Outcome.NOT_APPLICABLE)).containsExactlyInAnyOrder(
                "roles.accountability-gap", "roles.accountable-overlap", "roles.assignee-not-party",
                "roles.assignment-outside-term", "roles.no-responsible", "roles.responsible-duplicate",
                "data.party-not-in-agreement", "data.no-recipients", "data.personal-onward-sharing",
                "data.protected-unencrypted", "data.protected-without-breach-window",
                "data.protected-without-legal-basis", "data.protected-without-retention",
                "data.retention-without-disposal", "training.party-untrained-on-protocol",
                "escalation.cycle", "escalation.level-without-time-limit", "escalation.no-final-resolution",
                "escalation.scope-uncovered",
                "governance.chair-not-member", "governance.quorum-exceeds-members", "governance.party-outside-bodies",
                "trust.party-excluded", "trust.single-agency", "training.single-agency",
                "vision.goal-due-after-term", "vision.goal-without-measure", "learning.goal-without-milestone",
                "vision.party-without-goal",
                "comms.cadence-exceeds-review-cycle",
                "term.matching-duration", "leadership.in-force-unsigned", "term.expired-in-force",
                "learning.review-overdue", "learning.review-without-lessons",
                "parties.parent-cycle", "refs.unknown-reference", "versions.lineage");
        assertThat(withOutcome(report, Outcome.UNKNOWN)).isEmpty();
        assertThat(report.outcomeOf("vision.no-goals")).map(RuleOutcome::outcome).contains(Outcome.FOUND);
        assertThat(report.outcomeOf("parties.too-few")).map(RuleOutcome::outcome).contains(Outcome.PASSED);
    }

    @Test
    void aDateRuleWithoutTheDatesItNeedsIsUnknownNotPassed() {
        // Goals without due dates: whether one is due after the term cannot be said.
        Agreement agreement = floodMou()
                .goals(List.of(new Goal("ready", "Be ready for the season.", List.of(), List.of("fema"), null)))
                .build();

        Report report = VALIDATOR.validate(agreement);

        assertThat(report.outcomeOf("vision.goal-due-after-term")).map(RuleOutcome::outcome).contains(Outcome.UNKNOWN);
        assertThat(report.outcomeOf("vision.goal-due-after-term")).map(RuleOutcome::reason)
                .contains("no goal has a due date");
    }
}
