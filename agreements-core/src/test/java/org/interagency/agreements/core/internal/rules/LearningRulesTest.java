package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.ReviewBuilder;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.Edits.plus;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;

class LearningRulesTest {

    @Nested
    class GoalWithoutMilestone {

        private final GoalWithoutMilestoneRule rule = new GoalWithoutMilestoneRule();

        @Test
        void reportsAGoalWithoutMilestone() {
            Agreement agreement = derive().milestones(agreement().milestones().subList(0, 1)).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("learning.goal-without-milestone", Severity.WARNING, "/goals/1",
                            "goal \"faster-recovery-funds\" has no milestone"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class ReviewOverdue {

        private final ReviewOverdueRule rule = new ReviewOverdueRule();

        @Test
        void reportsNoReviewWithinTheCycleSinceTheLatest() {
            // Latest review 2026-04-15, cycle P6M: the next was due on 2026-10-15.
            assertThat(check(rule, agreement(), LocalDate.of(2026, 10, 16))).singleElement()
                    .satisfies(finding("learning.review-overdue", Severity.WARNING, "/reviews",
                            "the latest review was held on 2026-04-15; with a review cycle of P6M the next was due on"
                                    + " 2026-10-15"))
                    .satisfies(f -> assertThat(f.related()).containsExactly(JsonPointer.parse("/term/reviewCycle"),
                            JsonPointer.parse("/reviews/0/heldOn")));
        }

        @Test
        void countsFromTheEffectiveDateWhenNoReviewWasHeld() {
            assertThat(check(rule, derive().reviews(List.of()).build(), LocalDate.of(2026, 7, 2))).singleElement()
                    .satisfies(finding("learning.review-overdue", Severity.WARNING, "/reviews",
                            "no review has been held since the agreement took effect on 2026-01-01"));
        }

        @Test
        void doesNotCountAReviewPlannedAfterToday() {
            Agreement agreement = derive().reviews(plus(agreement().reviews(),
                    ReviewBuilder.builder(agreement().reviews().get(0)).id("autumn-2026-review")
                            .heldOn(LocalDate.of(2026, 11, 1)).build())).build();

            assertThat(check(rule, agreement, LocalDate.of(2026, 10, 20))).hasSize(1);
        }

        @Test
        void acceptsAReviewDueToday() {
            assertThat(check(rule, agreement(), LocalDate.of(2026, 10, 15))).isEmpty();
        }

        @Test
        void ignoresAgreementsNotInForce() {
            Agreement agreement = derive().status(AgreementStatus.PROPOSED).build();

            assertThat(check(rule, agreement, LocalDate.of(2027, 1, 1))).isEmpty();
        }
    }

    @Nested
    class ReviewWithoutLessons {

        private final ReviewWithoutLessonsRule rule = new ReviewWithoutLessonsRule();

        @Test
        void reportsAHeldReviewWithoutLessonsAsInformation() {
            Agreement agreement = derive().reviews(change(agreement().reviews(), 0,
                    r -> ReviewBuilder.builder(r).lessonsLearned(List.of()).build())).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("learning.review-without-lessons", Severity.INFO, "/reviews/0/lessonsLearned",
                            "review \"spring-2026-review\" held on 2026-04-15 records no lesson learned"));
        }

        @Test
        void reportsAHeldReviewWithoutSuccesses() {
            Agreement agreement = derive().reviews(change(agreement().reviews(), 0,
                    r -> ReviewBuilder.builder(r).successes(List.of()).build())).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("learning.review-without-lessons", Severity.INFO, "/reviews/0/successes",
                            "records no success"));
        }

        @Test
        void ignoresAReviewPlannedAfterToday() {
            Agreement agreement = derive().reviews(change(agreement().reviews(), 0,
                    r -> ReviewBuilder.builder(r).heldOn(LocalDate.of(2026, 12, 1)).successes(List.of())
                            .lessonsLearned(List.of()).build())).build();

            assertThat(check(rule, agreement)).isEmpty();
        }
    }
}
