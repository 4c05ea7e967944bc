package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.FinalResolution;
import org.interagency.agreements.ResponsibilityBuilder;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.core.internal.Confusables;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;

class EscalationRulesTest {

    private static final EscalationLevel WORKING_GROUP = agreement().escalationPaths().get(0).levels().get(0);
    private static final EscalationLevel STEERING_COMMITTEE = agreement().escalationPaths().get(0).levels().get(1);

    private static Agreement withPath(List<ScopePath> scopes, List<EscalationLevel> levels,
            @Nullable FinalResolution resolution) {
        return derive().escalationPaths(List.of(new EscalationPath("flood-disputes", scopes, levels, resolution)))
                .build();
    }

    private static Agreement withLevels(EscalationLevel... levels) {
        return withPath(agreement().escalationPaths().get(0).scopes(), List.of(levels), FinalResolution.MEDIATION);
    }

    @Nested
    class None {

        private final NoEscalationPathRule rule = new NoEscalationPathRule();

        @Test
        void reportsAnAgreementWithoutEscalationPath() {
            assertThat(check(rule, derive().escalationPaths(List.of()).build())).singleElement()
                    .satisfies(finding("escalation.none", Severity.WARNING, "/escalationPaths",
                            "has no escalation path"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class Cycle {

        private final EscalationCycleRule rule = new EscalationCycleRule();

        @Test
        void reportsAGovernanceBodyAtTwoLevels() {
            assertThat(check(rule, withLevels(WORKING_GROUP, STEERING_COMMITTEE, WORKING_GROUP))).singleElement()
                    .satisfies(finding("escalation.cycle", Severity.ERROR, "/escalationPaths/0/levels/2",
                            "returns to governance body \"operations-working-group\" at level 2, already level 0"))
                    .satisfies(f -> assertThat(f.related())
                            .containsExactly(JsonPointer.parse("/escalationPaths/0/levels/0")));
        }

        @Test
        void comparesForumsWithoutBodyByNameIgnoringCase() {
            EscalationLevel managers = new EscalationLevel("Program managers", null, Duration.ofDays(5));
            EscalationLevel again = new EscalationLevel("PROGRAM MANAGERS ", null, Duration.ofDays(5));

            assertThat(check(rule, withLevels(managers, STEERING_COMMITTEE, again))).singleElement()
                    .satisfies(finding("escalation.cycle", Severity.ERROR, "/escalationPaths/0/levels/2",
                            "returns to forum \"PROGRAM MANAGERS \""));
        }

        @Test
        void comparesBoardWithBoardAndABlank() {
            EscalationLevel board = new EscalationLevel("Board", null, Duration.ofDays(5));
            EscalationLevel again = new EscalationLevel("board ", null, Duration.ofDays(5));

            assertThat(check(rule, withLevels(board, STEERING_COMMITTEE, again))).singleElement()
                    .satisfies(finding("escalation.cycle", Severity.ERROR, "/escalationPaths/0/levels/2",
                            "returns to forum \"board \" at level 2, already level 0"));
        }

        @Test
        @DisplayName("finds the cycle back to \"Board of directors\" written with a Cyrillic о")
        void findsACycleThroughALookAlikeLetterOfAnotherScript() {
            EscalationLevel board = new EscalationLevel("Board of directors", null, Duration.ofDays(10));
            EscalationLevel lookAlike = new EscalationLevel("B\u043Eard of directors", null, Duration.ofDays(10));

            assertThat(check(rule, withLevels(board, STEERING_COMMITTEE, lookAlike))).singleElement()
                    .satisfies(finding("escalation.cycle", Severity.ERROR, "/escalationPaths/0/levels/2",
                            "returns to forum \"B\u043Eard of directors\" at level 2, already level 0"))
                    .satisfies(f -> assertThat(f.related())
                            .containsExactly(JsonPointer.parse("/escalationPaths/0/levels/0")));
        }

        @Test
        void keepsForumsWithDifferentNamesApart() {
            EscalationLevel directors = new EscalationLevel("Board of directors", null, Duration.ofDays(10));
            EscalationLevel governors = new EscalationLevel("Board of governors", null, Duration.ofDays(10));
            EscalationLevel managers = new EscalationLevel("Program managers", null, Duration.ofDays(5));
            EscalationLevel projects = new EscalationLevel("Project managers", null, Duration.ofDays(5));

            assertThat(check(rule, withLevels(managers, projects, directors, governors))).isEmpty();
        }

        @Test
        @DisplayName("without ICU4J, still ignores case and blanks, but not a look-alike letter")
        void comparesByCaseAndBlanksOnlyWithoutIcu() {
            EscalationCycleRule withoutIcu = new EscalationCycleRule(Confusables.fallback());
            EscalationLevel board = new EscalationLevel("Board of directors", null, Duration.ofDays(10));
            EscalationLevel shouted = new EscalationLevel(" BOARD OF DIRECTORS", null, Duration.ofDays(10));
            EscalationLevel lookAlike = new EscalationLevel("B\u043Eard of directors", null, Duration.ofDays(10));

            assertThat(check(withoutIcu, withLevels(board, STEERING_COMMITTEE, shouted))).singleElement()
                    .satisfies(finding("escalation.cycle", Severity.ERROR, "/escalationPaths/0/levels/2",
                            "already level 0"));
            // text.mixed-script reports the look-alike name instead.
            assertThat(check(withoutIcu, withLevels(board, STEERING_COMMITTEE, lookAlike))).isEmpty();
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class NoFinalResolution {

        private final NoFinalResolutionRule rule = new NoFinalResolutionRule();

        @Test
        void reportsAPathWithoutFinalResolution() {
            Agreement agreement = withPath(List.of(), List.of(WORKING_GROUP, STEERING_COMMITTEE), null);

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("escalation.no-final-resolution", Severity.WARNING,
                            "/escalationPaths/0/finalResolution", "has no final resolution"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class LevelWithoutTimeLimit {

        private final LevelWithoutTimeLimitRule rule = new LevelWithoutTimeLimitRule();

        @Test
        void reportsALevelWithoutResponseTime() {
            EscalationLevel open = new EscalationLevel(STEERING_COMMITTEE.forum(),
                    STEERING_COMMITTEE.governanceBodyId(), null);

            assertThat(check(rule, withLevels(WORKING_GROUP, open))).singleElement()
                    .satisfies(finding("escalation.level-without-time-limit", Severity.WARNING,
                            "/escalationPaths/0/levels/1/responseTime",
                            "level 1 (\"Executive Steering Committee\") of escalation path \"flood-disputes\""));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class ScopeUncovered {

        private final ScopeUncoveredRule rule = new ScopeUncoveredRule();

        @Test
        void reportsAResponsibilityOutsideEveryPathsScopes() {
            Agreement agreement = derive().responsibilities(change(agreement().responsibilities(), 2,
                    r -> ResponsibilityBuilder.builder(r).scope(ScopePath.parse("recovery/public-assistance")).build()))
                    .build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("escalation.scope-uncovered", Severity.WARNING, "/responsibilities/2/scope",
                            "no escalation path covers the scope \"recovery/public-assistance\""));
        }

        @Test
        void countsAPathWithoutScopesAsCoveringEverything() {
            Agreement agreement = withPath(List.of(), List.of(WORKING_GROUP), FinalResolution.MEDIATION);
            Agreement elsewhere = derive().escalationPaths(agreement.escalationPaths())
                    .responsibilities(change(agreement().responsibilities(), 2, r -> ResponsibilityBuilder.builder(r)
                            .scope(ScopePath.parse("recovery/public-assistance")).build()))
                    .build();

            assertThat(check(rule, elsewhere)).isEmpty();
        }

        @Test
        void saysNothingWhenThereIsNoPath() {
            assertThat(check(rule, derive().escalationPaths(List.of()).build())).isEmpty();
        }

        @Test
        void acceptsScopesBelowAPathsScope() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }
}
