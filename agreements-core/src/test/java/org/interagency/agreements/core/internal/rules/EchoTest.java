package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.rules.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EchoTest {

    @Test
    void quotesAPlainValueAsWritten() {
        assertThat(Messages.quote("tx-dem")).isEqualTo("\"tx-dem\"");
    }

    @Test
    void escapesQuotesAndBackslashes() {
        assertThat(Messages.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }

    @Test
    void escapesLineBreaksAndBidirectionalControls() {
        assertThat(Messages.quote("x\ny\u202Ez")).isEqualTo("\"x\\u000Ay\\u202Ez\"");
    }

    @Test
    void leavesTemplateSyntaxAsWritten() {
        assertThat(Messages.quote("${java.version} %s {0}")).isEqualTo("\"${java.version} %s {0}\"");
    }

    @Test
    void cutsLongValuesToSixtyCharacters() {
        assertThat(Messages.quote("a".repeat(61))).isEqualTo("\"" + "a".repeat(60) + "\u2026\"");
        assertThat(Messages.quote("a".repeat(60))).isEqualTo("\"" + "a".repeat(60) + "\"");
    }

    @Test
    void listsAtMostFiveValuesAndCountsTheRest() {
        assertThat(Messages.quoteAll(List.of("a", "b", "c", "d", "e", "f", "g")))
                .isEqualTo("\"a\", \"b\", \"c\", \"d\", \"e\" and 2 more");
        assertThat(Messages.quoteAll(List.of())).isEqualTo("none");
    }
}
