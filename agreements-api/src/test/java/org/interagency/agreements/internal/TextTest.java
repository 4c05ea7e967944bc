package org.interagency.agreements.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void quotesEscapingQuotesBackslashesAndBidirectionalControls() {
        assertThat(Text.quote("a\"b\\c\u202E")).isEqualTo("\"a\\\"b\\\\c\\u202E\"");
    }

    @Test
    void shortensLongValuesWithAnEllipsis() {
        assertThat(Text.quote("x".repeat(100))).isEqualTo("\"" + "x".repeat(60) + "\u2026\"");
    }

    @Test
    void escapesLineBreaksAndZeroWidthSpaces() {
        assertThat(Text.quote("a\nb\u200Bc")).isEqualTo("\"a\\u000Ab\\u200Bc\"");
    }

    @Test
    void quotesNullAsAnUnquotedWord() {
        assertThat(Text.quote(null)).isEqualTo("null");
    }

    @Test
    void suggestsTheNearestCandidateForATypo() {
        assertThat(Text.nearest("roles.acountable-overlap", List.of("roles.accountable-overlap", "roles.no-responsible")))
                .isEqualTo("roles.accountable-overlap");
    }

    @Test
    void suggestsNothingWhenNoCandidateIsClose() {
        assertThat(Text.nearest("acme.something-else", List.of("roles.accountable-overlap"))).isNull();
    }

    @Test
    void editDistanceCountsSingleCharacterEdits() {
        assertThat(Text.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Text.editDistance("", "abc")).isEqualTo(3);
    }
}
