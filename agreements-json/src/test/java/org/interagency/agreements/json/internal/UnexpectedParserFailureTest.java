package org.interagency.agreements.json.internal;

import org.interagency.agreements.json.MalformedDocumentException;
import org.interagency.agreements.json.ProblemKind;
import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A parser that fails with an exception of its own making still fails the read with one typed, located exception. */
class UnexpectedParserFailureTest {

    private static final Limits LIMITS = TestLimits.DEFAULTS;

    @Test
    void anUnexpectedRuntimeExceptionOfTheParserBecomesAMalformedDocumentWhereReadingStopped() {
        Documents documents = new Documents(LIMITS, false, false);
        // minimal.yaml opens with schemaVersion, id and title: the seventh token is title's value.
        try (JsonParser parser = new FailingParser(YAMLFactory.builder().build()
                .createParser(ObjectReadContext.empty(), bytes("hostile/minimal.yaml")), 7)) {

            MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class,
                    () -> documents.read(parser, new DocumentReader(parser, LIMITS, false, false),
                            Model.instance().agreement(), "an agreement"));

            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
                // Just after the key "title", the last token read, on line 3.
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.column()).isEqualTo(6);
                assertThat(problem.pointer()).isEqualTo(JsonPointer.of("title"));
                assertThat(problem.message()).contains("IndexOutOfBoundsException").contains("please report it");
            });
            assertThat(e.getCause()).isNull();
        }
    }

    /** A parser that throws, as a buggy one might, instead of reading its {@code failAt}-th token. */
    private static final class FailingParser extends JsonParserDelegate {

        private final int failAt;
        private int tokens;

        FailingParser(JsonParser parser, int failAt) {
            super(parser);
            this.failAt = failAt;
        }

        @Override
        public JsonToken nextToken() {
            if (++tokens == failAt) {
                throw new IndexOutOfBoundsException("Range [1025, 1025 + 1) out of bounds for length 1025");
            }
            return super.nextToken();
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = UnexpectedParserFailureTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
