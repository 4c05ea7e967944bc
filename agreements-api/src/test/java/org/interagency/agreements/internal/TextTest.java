package org.interagency.agreements.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
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
        // U+0085 (next line) is a line break to some terminals and log viewers.
        assertThat(Text.quote("a\u0085b")).isEqualTo("\"a\\u0085b\"");
    }

    /**
     * Printable ASCII takes a shorter path than other characters; whatever the mix, each character
     * comes out as the rule says, checked here one character at a time.
     */
    @Property
    void quotesEachCharacterByTheRule(@ForAll @StringLength(max = 80)
            @CharRange(from = 0, to = 0x7ff) @CharRange(from = 0x2000, to = 0x206f) @CharRange(from = 0xd800, to = 0xdfff)
            String value) {
        StringBuilder expected = new StringBuilder("\"");
        for (int i = 0; i < Math.min(value.length(), Text.MAX_ECHO); i++) {
            char c = value.charAt(i);
            boolean hidden = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSpaceChar(c) && c != ' ' || Character.isSurrogate(c);
            expected.append(c == '"' || c == '\\' ? "\\" + c : hidden ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        if (value.length() > Text.MAX_ECHO) {
            expected.append('\u2026');
        }
        assertThat(Text.quote(value)).isEqualTo(expected.append('"').toString());
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
