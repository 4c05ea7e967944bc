package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.GoalBuilder;
import org.interagency.agreements.TermBuilder;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.STATE;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;

class VisionRulesTest {

    @Nested
    class VisionMissing {

        private final VisionMissingRule rule = new VisionMissingRule();

        @Test
        void reportsAnAbsentVision() {
            assertThat(check(rule, derive().vision(null).build())).singleElement()
                    .satisfies(finding("vision.missing", Severity.WARNING, "/vision", "states no shared vision"));
        }

        @Test
        void reportsABlankVision() {
            assertThat(check(rule, derive().vision(" \t\n").build())).singleElement()
                    .satisfies(finding("vision.missing", Severity.WARNING, "/vision", "states no shared vision"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class NoGoals {

        private final NoGoalsRule rule = new NoGoalsRule();

        @Test
        void reportsAnAgreementWithoutGoals() {
            assertThat(check(rule, derive().goals(List.of()).build())).singleElement()
                    .satisfies(finding("vision.no-goals", Severity.WARNING, "/goals", "sets no common goal"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class GoalWithoutMeasure {

        private final GoalWithoutMeasureRule rule = new GoalWithoutMeasureRule();

        @Test
        void reportsAGoalWithoutMeasure() {
            Agreement agreement = derive().goals(change(agreement().goals(), 1,
                    g -> GoalBuilder.builder(g).measures(List.of()).build())).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("vision.goal-without-measure", Severity.WARNING, "/goals/1/measures",
                            "goal \"faster-recovery-funds\" has no measure"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class GoalDueAfterTerm {

        private final GoalDueAfterTermRule rule = new GoalDueAfterTermRule();

        @Test
        void reportsAGoalDueTheDayAfterTheTermExpires() {
            Agreement agreement = derive().goals(change(agreement().goals(), 0,
                    g -> GoalBuilder.builder(g).due(LocalDate.of(2027, 7, 1)).build())).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("vision.goal-due-after-term", Severity.WARNING, "/goals/0/due",
                            "due on 2027-07-01, after the agreement expires on 2027-06-30"));
        }

        @Test
        void acceptsAGoalDueOnTheLastDayOfTheTerm() {
            assertThat(agreement().goals().get(0).due()).isEqualTo(agreement().term().expires());
            assertThat(check(rule, agreement())).isEmpty();
        }

        @Test
        void acceptsAnyDueDateUnderAnOpenEndedTerm() {
            Agreement agreement = derive().term(TermBuilder.builder(agreement().term()).expires(null).build())
                    .goals(change(agreement().goals(), 0, g -> GoalBuilder.builder(g).due(LocalDate.of(2040, 1, 1))
                            .build())).build();

            assertThat(check(rule, agreement)).isEmpty();
        }
    }

    @Nested
    class PartyWithoutGoal {

        private final PartyWithoutGoalRule rule = new PartyWithoutGoalRule();

        @Test
        void reportsAPartyThatContributesToNoGoal() {
            Agreement agreement = derive().goals(List.of(
                    GoalBuilder.builder(agreement().goals().get(0)).contributors(List.of(STATE)).build())).build();

            assertThat(check(rule, agreement)).extracting(f -> f.location().toString())
                    .containsExactly("/parties/0", "/parties/2");
            assertThat(check(rule, agreement).get(0))
                    .satisfies(finding("vision.party-without-goal", Severity.WARNING, "/parties/0",
                            "party \"fema\" contributes to no goal"));
        }

        @Test
        void saysNothingWhenThereAreNoGoals() {
            assertThat(check(rule, derive().goals(List.of()).build())).isEmpty();
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }
}
