package org.interagency.agreements.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

    private static final Finding ERROR = new Finding("acme.error", Severity.ERROR, "wrong", JsonPointer.of("title"),
            List.of(), null);
    private static final Finding WARNING = new Finding("acme.warning", Severity.WARNING, "odd", JsonPointer.of("id"),
            List.of(), null);

    @Test
    void aWaivedFindingStaysButCountsOnlyBeforeWaiversAndFailsNothing() {
        Finding waived = ERROR.withWaiver(new Waiver("acme.error", "flood-mou", "/title", "pilot", "counsel",
                LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)));
        Report report = new Report(List.of(waived, WARNING));

        assertThat(report.findings()).containsExactly(WARNING, waived);
        assertThat(report.counts()).isEqualTo(Map.of(Severity.ERROR, 1, Severity.WARNING, 1, Severity.INFO, 0));
        assertThat(report.activeCounts()).isEqualTo(Map.of(Severity.ERROR, 0, Severity.WARNING, 1, Severity.INFO, 0));
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.hasFindingsAtLeast(Severity.WARNING)).isTrue();
        assertThat(report.waived()).containsExactly(waived);
        assertThat(report.active()).containsExactly(WARNING);
        assertThat(new Report(List.of(ERROR, WARNING)).hasErrors()).isTrue();
    }

    @Test
    void outcomesAreSortedByRuleIdAndEachRuleHasOne() {
        RuleOutcome found = new RuleOutcome("acme.error", Outcome.FOUND, 1, null);
        RuleOutcome passed = new RuleOutcome("acme.clean", Outcome.PASSED, 0, null);
        Report report = new Report(List.of(ERROR), List.of(found, passed));

        assertThat(report.outcomes()).containsExactly(passed, found);
        assertThat(report.outcomeOf("acme.error")).contains(found);
        assertThat(report.outcomeOf("acme.unknown")).isEmpty();
        assertThat(new Report(List.of(ERROR)).outcomes()).isEmpty();
        assertThatThrownBy(() -> new Report(List.of(), List.of(passed, new RuleOutcome("acme.clean", Outcome.UNKNOWN, 0, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acme.clean");
    }
}
