package org.interagency.agreements;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineageTest {

    @Test
    void versionsCompareNumberByNumber() {
        assertThat(Lineage.compareVersions("1.10", "1.9")).isPositive();
        assertThat(Lineage.compareVersions("2", "2.0")).isZero();
        assertThat(Lineage.compareVersions("1", "2026.1")).isNegative();
    }

    @Test
    void aVersionInWordsIsNotCompared() {
        assertThatThrownBy(() -> Lineage.compareVersions("second", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not \"second\"");
    }

    @Test
    void anAgreementKnowsItsVersion() {
        Lineage lineage = new Lineage("2", new AgreementVersion("flood-mou", "1"), null);
        assertThat(lineage.supersedes()).hasToString("flood-mou@1");
    }
}
