package org.interagency.agreements.rules;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void quotesEscapingQuotesBackslashesAndBidirectionalControls() {
        assertThat(Messages.quote("a\"b\\c\u202E")).isEqualTo("\"a\\\"b\\\\c\\u202E\"");
    }

    @Test
    void shortensLongValuesWithAnEllipsis() {
        assertThat(Messages.quote("x".repeat(100))).isEqualTo("\"" + "x".repeat(60) + "\u2026\"");
    }

    @Test
    void escapesLineBreaksAndZeroWidthSpaces() {
        assertThat(Messages.quote("a\nb\u200Bc")).isEqualTo("\"a\\u000Ab\\u200Bc\"");
        // U+0085 (next line) is a line break to some terminals and log viewers.
        assertThat(Messages.quote("a\u0085b")).isEqualTo("\"a\\u0085b\"");
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
        for (int i = 0; i < Math.min(value.length(), Messages.MAX_QUOTED_LENGTH); i++) {
            char c = value.charAt(i);
            boolean hidden = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSpaceChar(c) && c != ' ' || Character.isSurrogate(c);
            expected.append(c == '"' || c == '\\' ? "\\" + c : hidden ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        if (value.length() > Messages.MAX_QUOTED_LENGTH) {
            expected.append('\u2026');
        }
        assertThat(Messages.quote(value)).isEqualTo(expected.append('"').toString());
    }

    @Test
    void escapesATerminalCommandAndALineBreakInAFileNameButKeepsItWhole() {
        String name = "flood/" + "x".repeat(100) + "\u001B[2J\nagreements check: ok.json";
        assertThat(Messages.escape(name))
                .isEqualTo("flood/" + "x".repeat(100) + "\\u001B[2J\\u000Aagreements check: ok.json");
    }

    @Test
    void leavesQuotesAndBackslashesOfAnEscapedValueAsTheyAre() {
        assertThat(Messages.escape("C:\\agreements\\\"mou\".json")).isEqualTo("C:\\agreements\\\"mou\".json");
    }

    /** Escaping what is already quoted changes nothing, so a message may be escaped whole when it is printed. */
    @Property
    void escapingAQuotedValueChangesNothing(@ForAll @StringLength(max = 80)
            @CharRange(from = 0, to = 0x7ff) @CharRange(from = 0x2000, to = 0x206f) @CharRange(from = 0xd800, to = 0xdfff)
            String value) {
        String quoted = Messages.quote(value);
        assertThat(Messages.escape(quoted)).isEqualTo(quoted);
    }

    /** Each character comes out as quote writes it, only neither quoted nor shortened. */
    @Property
    void escapesEachCharacterAsQuoteDoes(@ForAll @StringLength(max = 200)
            @CharRange(from = 0, to = 0x7ff) @CharRange(from = 0x2000, to = 0x206f) @CharRange(from = 0xd800, to = 0xdfff)
            String value) {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean hidden = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSpaceChar(c) && c != ' ' || Character.isSurrogate(c);
            expected.append(hidden ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        assertThat(Messages.escape(value)).isEqualTo(expected.toString());
    }

    @Test
    void quotesNullAsAnUnquotedWord() {
        assertThat(Messages.quote(null)).isEqualTo("null");
    }

    @Test
    void suggestsTheNearestCandidateForATypo() {
        assertThat(Messages.didYouMean("roles.acountable-overlap", List.of("roles.accountable-overlap", "roles.no-responsible")))
                .contains("roles.accountable-overlap");
    }

    @Test
    void suggestsNothingWhenNoCandidateIsClose() {
        assertThat(Messages.didYouMean("acme.something-else", List.of("roles.accountable-overlap"))).isEmpty();
    }

    @Test
    void foldsCaseUnderscoresAndSpacesBeforeComparing() {
        assertThat(Messages.didYouMean("IN_FORCE", List.of("draft", "in-force", "expired"))).contains("in-force");
        assertThat(Messages.didYouMean("in force", List.of("draft", "in-force", "expired"))).contains("in-force");
    }

    @Test
    void breaksTiesByNaturalOrder() {
        assertThat(Messages.didYouMean("ab", List.of("ax", "aa"))).contains("aa");
    }

    @Test
    void suggestsNothingForAnEmptyName() {
        assertThat(Messages.didYouMean("", List.of("a", "ab"))).isEmpty();
    }

    @Test
    void suggestsTheOnlyCandidateHoldingTheNameAsAWholeWord() {
        assertThat(Messages.didYouMean("deletion", List.of("secure-deletion", "destruction", "return-to-provider")))
                .contains("secure-deletion");
        assertThat(Messages.didYouMean("accountable-overlap", List.of("roles.accountable-overlap", "roles.no-accountable")))
                .contains("roles.accountable-overlap");
    }

    @Test
    void suggestsNoWordMatchWhenTwoCandidatesHoldTheWord() {
        assertThat(Messages.didYouMean("deletion", List.of("secure-deletion", "deletion-on-request"))).isEmpty();
        // "let" is inside "secure-deletion", but not one of its words.
        assertThat(Messages.didYouMean("xylet", List.of("secure-deletion"))).isEmpty();
    }

    @Test
    void showsAnOrdinaryNameAsItIs() {
        assertThat(Messages.quoteName("examples/agreements/harris-county-flood-response-mou.yaml"))
                .isEqualTo("examples/agreements/harris-county-flood-response-mou.yaml");
        assertThat(Messages.quoteName("données/accord-été.json")).isEqualTo("données/accord-été.json");
    }

    @Test
    void quotesANameWithATerminalCommandOrALineBreakWhole() {
        assertThat(Messages.quoteName("x\u001B[2J\u001B[32mCLEAN\u001B[0m.json"))
                .isEqualTo("\"x\\u001B[2J\\u001B[32mCLEAN\\u001B[0m.json\"");
        assertThat(Messages.quoteName("y\n1 document checked: 1 clean.json"))
                .isEqualTo("\"y\\u000A1 document checked: 1 clean.json\"");
        String longName = "d/".repeat(60) + "a b.json";
        assertThat(Messages.quoteName(longName)).isEqualTo("\"" + longName + "\"");
    }

    @Test
    void quotesANameThatCouldPassForAnEscapeOrAnother() {
        // Written as it is, the first would print the same as the one holding an escape character.
        assertThat(Messages.quoteName("x\\u001B.json")).isEqualTo("\"x\\\\u001B.json\"");
        assertThat(Messages.quoteName("a.json (other-id)")).isEqualTo("\"a.json (other-id)\"");
        assertThat(Messages.quoteName("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(Messages.quoteName("")).isEqualTo("\"\"");
    }

    @Test
    void listsAtMostFiveValuesThenCountsTheRest() {
        assertThat(Messages.quoteAll(List.of())).isEqualTo("none");
        assertThat(Messages.quoteAll(List.of("a", "b"))).isEqualTo("\"a\", \"b\"");
        assertThat(Messages.quoteAll(List.of("a", "b", "c", "d", "e", "f", "g")))
                .isEqualTo("\"a\", \"b\", \"c\", \"d\", \"e\" and 2 more");
    }

    @Test
    void editDistanceCountsSingleCharacterEdits() {
        assertThat(Messages.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Messages.editDistance("", "abc")).isEqualTo(3);
    }
}
