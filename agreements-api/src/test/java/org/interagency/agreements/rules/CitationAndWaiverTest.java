package org.interagency.agreements.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitationAndWaiverTest {

    @Test
    void aCitationJoinsInstrumentAndPinpointAsLawyersWriteThem() {
        assertThat(Citation.of("5 U.S.C. 552a", "(o)(1)(K)").text()).isEqualTo("5 U.S.C. 552a(o)(1)(K)");
        assertThat(Citation.of("45 CFR", "164.504(e)(2)").text()).isEqualTo("45 CFR 164.504(e)(2)");
        assertThat(Citation.of("FS Form 7600A", "")).hasToString("FS Form 7600A");
    }

    @Test
    void aCitationIsPrintedOnOneLineSoItRejectsControlCharactersAndABlankInstrument() {
        assertThatThrownBy(() -> Citation.of("5 U.S.C. 552a", "(o)\n(1)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pinpoint").hasMessageContaining("\\u000A");
        assertThatThrownBy(() -> Citation.of(" ", "(o)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Citation.of("45 CFR", " 164.504")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWaiverHoldsUpToAndIncludingItsExpiryDay() {
        Waiver waiver = new Waiver("acme.rule", "flood-mou", "/title", "pilot", "counsel", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));

        assertThat(waiver.holdsOn(LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(waiver.holdsOn(LocalDate.of(2027, 7, 1))).isFalse();
    }

    @Test
    void aWaiverNeedsAJustificationAndAnApprover() {
        assertThatThrownBy(() -> new Waiver("acme.rule", "flood-mou", "/title", " ", "counsel", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("justification");
        assertThatThrownBy(() -> new Waiver("acme.rule", "flood-mou", "/title", "pilot", "", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("approvedBy");
    }

    @Test
    void anOutcomeCountsFindingsExactlyWhenFound() {
        assertThat(new RuleOutcome("acme.rule", Outcome.FOUND, 2, null)).hasToString("acme.rule FOUND 2");
        assertThat(new RuleOutcome("acme.rule", Outcome.NOT_APPLICABLE, 0, "no protocol"))
                .hasToString("acme.rule NOT_APPLICABLE: no protocol");
        assertThatThrownBy(() -> new RuleOutcome("acme.rule", Outcome.FOUND, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleOutcome("acme.rule", Outcome.PASSED, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Outcome.DISABLED.ran()).isFalse();
        assertThat(Outcome.UNKNOWN.ran()).isTrue();
    }
}
