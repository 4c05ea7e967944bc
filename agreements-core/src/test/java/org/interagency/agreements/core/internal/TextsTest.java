package org.interagency.agreements.core.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void quotesEscapesAndShortens() {
        assertThat(Texts.quote("a\"b\\c\u202E")).isEqualTo("\"a\\\"b\\\\c\\u202E\"");
        assertThat(Texts.quote("x".repeat(100))).isEqualTo("\"" + "x".repeat(60) + "\u2026\"");
    }

    @Test
    void suggestsTheNearestCandidateForATypo() {
        assertThat(Texts.nearest("roles.acountable-overlap", List.of("roles.accountable-overlap", "roles.no-responsible")))
                .isEqualTo("roles.accountable-overlap");
    }

    @Test
    void suggestsNothingWhenNoCandidateIsNear() {
        assertThat(Texts.nearest("acme.something-else", List.of("roles.accountable-overlap"))).isNull();
    }
}
