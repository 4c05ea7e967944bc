package org.interagency.agreements.json.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentSyntax;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching property names from their bytes (Jackson's {@code nextNameMatch}) reads every
 * document exactly as matching them as text does: the same agreement, or the same problems with
 * the same messages, lines, columns and pointers, whatever the limit on the length of a name.
 */
class PropertyNameMatchingProperties {

    private static final List<String> SAMPLES = List.of(
            text("agreements/flood-response-mou.json"),
            text("agreements/data-sharing-agreement.json"),
            text("agreements/computer-matching-agreement.json"));
    private static final Pattern NAME = Pattern.compile("\"([A-Za-z]+)\"\\s*:");

    /** A change to the property name at a place of a document. */
    enum Change {
        ESCAPE_FIRST_LETTER, ESCAPE_LAST_LETTER, MISSPELL, CAPITALIZE, DUPLICATE, ADD_UNKNOWN, ADD_LONG_UNKNOWN,
        ADD_VERY_LONG_UNKNOWN, ADD_ESCAPED_LONG_UNKNOWN, ADD_NON_ASCII, ADD_EMPTY, END_AFTER_NAME
    }

    /** A change and where it applies, as a fraction of the names of the document. */
    record Edit(Change change, double place) {
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Change.class), Arbitraries.doubles().between(0, 1))
                .as(Edit::new);
        return Combinators.combine(Arbitraries.of(SAMPLES), edit.list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((sample, edits, compact) -> {
                    String document = compact ? sample.replaceAll("\n\\s*", "") : sample;
                    for (Edit e : edits) {
                        document = apply(document, e);
                    }
                    return document;
                });
    }

    @Property(tries = 1000)
    void matchingNamesFromBytesReadsAsMatchingThemAsText(@ForAll("documents") String document,
            @ForAll("nameLimits") int maxPropertyNameLength, @ForAll boolean lenient) {
        Limits limits = limits(maxPropertyNameLength);
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

        Object fromBytes = outcome(new Documents(limits, lenient, true), bytes);
        Object asText = outcome(new Documents(limits, lenient, false), bytes);

        assertThat(fromBytes).isEqualTo(asText);
    }

    @Provide
    Arbitrary<Integer> nameLimits() {
        // Below, at and above the longest name of the format, "breachNotificationWindow" (24), and
        // about where Jackson grows its buffer for a long name (64 bytes, then more).
        return Arbitraries.of(5, 13, 23, 24, 25, 63, 64, 65, 100, AgreementJson.DEFAULT_MAX_PROPERTY_NAME_LENGTH);
    }

    @Example
    void matchesFromBytesOnlyWhereTheLimitAdmitsEveryKnownName() {
        JsonFactory factory = JsonFactory.builder().build();
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), "{}")) {
            assertThat(new DocumentReader(parser, limits(24), false).matchesNamesFromBytes(24)).isTrue();
            assertThat(new DocumentReader(parser, limits(23), false).matchesNamesFromBytes(24)).isFalse();
            assertThat(new DocumentReader(parser, limits(256), false, false).matchesNamesFromBytes(24)).isFalse();
        }
    }

    /** The agreement read, or the problems and message of the failure. */
    private static Object outcome(Documents documents, byte[] bytes) {
        try {
            Documents.Read<?> read = documents.readAgreement(bytes, bytes.length, DocumentSyntax.JSON);
            return List.of(read.value(), read.findings());
        } catch (AgreementReadException e) {
            return List.of(e.getClass(), e.problems(), e.getMessage());
        }
    }

    private static Limits limits(int maxPropertyNameLength) {
        return TestLimits.withMaxPropertyNameLength(maxPropertyNameLength);
    }

    private static String apply(String document, Edit edit) {
        List<int[]> names = new ArrayList<>();
        Matcher matcher = NAME.matcher(document);
        while (matcher.find()) {
            names.add(new int[] {matcher.start(1), matcher.end(1)});
        }
        if (names.isEmpty()) {
            return document;
        }
        int[] at = names.get(Math.min(names.size() - 1, (int) (edit.place() * names.size())));
        int start = at[0];
        int end = at[1];
        String name = document.substring(start, end);
        String before = document.substring(0, start - 1);
        String after = document.substring(end + 1);
        String quoted = document.substring(start - 1, end + 1);
        switch (edit.change()) {
            case ESCAPE_FIRST_LETTER:
                return before + "\"" + escape(name.charAt(0)) + name.substring(1) + "\"" + after;
            case ESCAPE_LAST_LETTER:
                return before + "\"" + name.substring(0, name.length() - 1) + escape(name.charAt(name.length() - 1))
                        + "\"" + after;
            case MISSPELL:
                return before + "\"" + name.substring(0, name.length() / 2) + "x" + name.substring(name.length() / 2 + 1)
                        + "\"" + after;
            case CAPITALIZE:
                return before + "\"" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) + "\"" + after;
            case DUPLICATE:
                return before + quoted + ": 0, " + quoted + after;
            case ADD_UNKNOWN:
                return before + "\"" + name + "Extra\": 0, " + quoted + after;
            case ADD_LONG_UNKNOWN:
                return before + "\"" + "x".repeat(70) + "\": 0, " + quoted + after;
            case ADD_VERY_LONG_UNKNOWN:
                return before + "\"" + "x".repeat(600) + "\": 0, " + quoted + after;
            case ADD_ESCAPED_LONG_UNKNOWN:
                return before + "\"" + "x".repeat(100) + escape('y') + "\": 0, " + quoted + after;
            case ADD_NON_ASCII:
                return before + "\"" + name + "é\": 0, " + quoted + after;
            case ADD_EMPTY:
                return before + "\"\": 0, " + quoted + after;
            case END_AFTER_NAME:
                return before + quoted;
            default:
                throw new IllegalStateException(edit.change().toString());
        }
    }

    private static String escape(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }

    private static String text(String resource) {
        try (InputStream in = PropertyNameMatchingProperties.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
