package org.interagency.agreements.json.internal;

import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentReaderTest {

    private static final Limits LIMITS = TestLimits.DEFAULTS;

    @Test
    void writesArrayIndicesIntoThePointerOnlyWhenAskedFor() {
        try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), "{}")) {
            DocumentReader reader = new DocumentReader(parser, LIMITS, false);

            reader.push("responsibilities");
            reader.pushIndex(12);
            reader.push("assignments");
            reader.pushIndex(0);

            assertThat(reader.depth()).isEqualTo(4);
            assertThat(reader.pointer()).isEqualTo(JsonPointer.of("responsibilities", 12, "assignments", 0));
            reader.pop();
            reader.pop();
            reader.push("scope");
            assertThat(reader.pointer()).isEqualTo(JsonPointer.parse("/responsibilities/12/scope"));
        }
    }

    @Test
    void keepsPointersDeeperThanItsFirstBuffer() {
        try (JsonParser parser = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), "{}")) {
            DocumentReader reader = new DocumentReader(parser, LIMITS, false);
            Object[] tokens = new Object[40];

            for (int i = 0; i < tokens.length; i++) {
                if (i % 2 == 0) {
                    reader.push("level" + i);
                    tokens[i] = "level" + i;
                } else {
                    reader.pushIndex(i);
                    tokens[i] = i;
                }
            }

            assertThat(reader.pointer()).isEqualTo(JsonPointer.of(tokens));
        }
    }
}
