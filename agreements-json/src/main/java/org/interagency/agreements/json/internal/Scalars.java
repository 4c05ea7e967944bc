package org.interagency.agreements.json.internal;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.json.ProblemKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The shapes of single values: strings, ids, enums, dates, periods, durations and numbers. */
final class Scalars {

    /**
     * RFC 8259 section 6 numbers; YAML's hexadecimal, octal, underscores and .inf do not match. The
     * JSON parser enforces this syntax itself, so only YAML numbers are matched.
     */
    private static final Pattern NUMBER_SYNTAX = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER_SYNTAX = Pattern.compile("-?(?:0|[1-9][0-9]*)");

    private Scalars() {
    }

    /**
     * A string kept as it is written, once {@link #problem} finds nothing wrong with it: what the
     * text-like shapes below share, each with its own check and its own words for a problem.
     */
    private abstract static class CheckedString extends Shape {
        private final ProblemKind kind;

        CheckedString(ProblemKind kind) {
            this.kind = kind;
        }

        /** What is wrong with {@code value}, as the reader reports it, or null if nothing is. */
        abstract @Nullable String problem(String value);

        @Override
        final Object read(DocumentReader reader) {
            if (reader.parser().currentToken() != JsonToken.VALUE_STRING) {
                return reader.wrongType(this);
            }
            String value = reader.parser().getString();
            String problem = problem(value);
            if (problem != null) {
                reader.problem(kind, problem);
                return FAILED;
            }
            return value;
        }

        @Override
        final void write(Object value, JsonGenerator generator) {
            generator.writeString((String) value);
        }
    }

    /** Free text: any string without bidirectional controls or stray control characters. */
    static final class PlainText extends CheckedString {
        PlainText() {
            super(ProblemKind.FORBIDDEN_CHARACTER);
        }

        @Override
        String description() {
            return "a string";
        }

        @Override
        @Nullable String problem(String value) {
            String problem = Characters.problemInText(value);
            return problem == null ? null : "the text holds " + problem + "; remove it";
        }
    }

    /** An id: a string without invisible characters (its syntax is a Bean Validation constraint). */
    static final class Id extends CheckedString {
        Id() {
            super(ProblemKind.FORBIDDEN_CHARACTER);
        }

        @Override
        String description() {
            return "an id such as \"fema\"";
        }

        @Override
        @Nullable String problem(String value) {
            String problem = Characters.problemInId(value);
            return problem == null ? null : "the id " + Messages.quote(value) + " holds " + problem
                    + "; ids are lower-case letters, digits and '-' (for example \"county-oem\")";
        }
    }

    /**
     * A key id of a signature document: any visible characters, as a signer names its key, but
     * no invisible one (a line break in a key id would forge a line of {@code verify}'s output).
     */
    static final class KeyId extends CheckedString {
        KeyId() {
            super(ProblemKind.FORBIDDEN_CHARACTER);
        }

        @Override
        String description() {
            return "a key id such as \"county-oem-2026\"";
        }

        @Override
        @Nullable String problem(String value) {
            String problem = value.isEmpty() ? "no character" : Characters.problemInId(value);
            return problem == null ? null : "the key id " + Messages.quote(value) + " holds " + problem
                    + "; a key id is visible characters without spaces (for example \"county-oem-2026\")";
        }
    }

    /**
     * A signature value: base64 in its one canonical form (RFC 4648 section 4: the standard
     * alphabet, with its padding, no line breaks, no bits set after the data), so that one
     * signature has one written form.
     */
    static final class CanonicalBase64 extends CheckedString {
        CanonicalBase64() {
            super(ProblemKind.INVALID_VALUE);
        }

        @Override
        String description() {
            return "base64 text (RFC 4648 section 4, with padding)";
        }

        @Override
        @Nullable String problem(String value) {
            String problem = Base64Text.problem(value);
            return problem == null ? null : "the signature value is not canonical base64: " + problem;
        }
    }

    /** An enum constant, written in lower-case kebab-case: IN_FORCE is "in-force". */
    static final class Enumeration extends Shape {
        private final Map<String, Object> byName = new LinkedHashMap<>();
        private final Map<Object, String> names = new LinkedHashMap<>();
        /**
         * The names and constants side by side, for the look-up: a model enum has a handful of
         * constants, and comparing a freshly parsed string with each name (most differ in length)
         * costs less than computing its hash code for a map.
         */
        private final String[] nameArray;
        private final Object[] constantArray;
        private final String typeName;

        Enumeration(Class<?> type) {
            this.typeName = type.getSimpleName();
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-');
                byName.put(name, constant);
                names.put(constant, name);
            }
            this.nameArray = byName.keySet().toArray(String[]::new);
            this.constantArray = byName.values().toArray();
        }

        @Override
        String description() {
            return "one of the strings " + String.join(", ", byName.keySet());
        }

        @Override
        Object read(DocumentReader reader) {
            if (reader.parser().currentToken() != JsonToken.VALUE_STRING) {
                return reader.wrongType(this);
            }
            String value = reader.parser().getString();
            for (int i = 0; i < nameArray.length; i++) {
                if (nameArray[i].equals(value)) {
                    return constantArray[i];
                }
            }
            String nearest = Messages.didYouMean(value, byName.keySet()).orElse(null);
            reader.problem(ProblemKind.INVALID_VALUE, Messages.quote(value) + " is not a " + typeName + "; allowed: "
                    + String.join(", ", byName.keySet())
                    + (nearest == null ? "" : " (did you mean \"" + nearest + "\"?)"));
            return FAILED;
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeString(names.get(value));
        }

        /** The document names of the constants, in declaration order. */
        List<String> names() {
            return new ArrayList<>(byName.keySet());
        }
    }

    /**
     * A string parsed by a function that throws IllegalArgumentException or DateTimeException
     * with a message for the reader.
     */
    static final class Parsed extends Shape {
        private final String description;
        private final Function<String, Object> parse;
        private final boolean remembered;

        /** A value parsed from its text, and remembered for the rest of the document. */
        Parsed(String description, Function<String, Object> parse) {
            this(description, parse, true);
        }

        /**
         * A value parsed from its text; {@code remembered} where values repeat within a document
         * (dates, jurisdictions), so that each distinct text is parsed once and its value shared;
         * not where they rarely do (scope paths), since remembering hashes every text.
         */
        Parsed(String description, Function<String, Object> parse, boolean remembered) {
            this.description = description;
            this.parse = parse;
            this.remembered = remembered;
        }

        @Override
        String description() {
            return description;
        }

        @Override
        Object read(DocumentReader reader) {
            if (reader.parser().currentToken() != JsonToken.VALUE_STRING) {
                return reader.wrongType(this);
            }
            String value = reader.parser().getString();
            @Nullable Map<String, Object> known = remembered ? reader.parsed(this) : null;
            if (known != null) {
                Object earlier = known.get(value);
                if (earlier != null) {
                    return earlier;
                }
            }
            try {
                Object result = parse.apply(value);
                if (known != null) {
                    known.put(value, result);
                }
                return result;
            } catch (IllegalArgumentException | DateTimeException e) {
                reader.problem(ProblemKind.INVALID_VALUE, e.getMessage());
                return FAILED;
            }
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeString(value.toString());
        }
    }

    static Shape date() {
        return new Parsed("a date such as \"2026-02-28\"", Iso8601::parseDate);
    }

    static Shape period() {
        return new Parsed("an ISO-8601 period such as \"P18M\"", Iso8601::parsePeriod);
    }

    static Shape duration() {
        return new Parsed("an ISO-8601 duration such as \"PT72H\"", Iso8601::parseDuration);
    }

    /** A JSON number read exactly as a BigDecimal, bounded in its digits. */
    static final class Decimal extends Shape {
        @Override
        String description() {
            return "a number such as 2500000.00";
        }

        @Override
        Object read(DocumentReader reader) {
            JsonToken token = reader.parser().currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return reader.wrongType(this);
            }
            String text = reader.parser().getString();
            if (reader.isYaml() && !NUMBER_SYNTAX.matcher(text).matches()) {
                reader.problem(ProblemKind.INVALID_VALUE, Messages.quote(text) + " is not a decimal number as JSON writes it"
                        + " (for example 2500000.00)");
                return FAILED;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                // An exponent beyond the range of an int, such as 1e2147483648 or 0.1e-2147483648.
                return outOfRange(reader, text);
            }
            if (value.signum() == 0) {
                // Zero written with any exponent (0e400, 0.0e-400) is zero, as the schema says. Within
                // the digit limit it keeps its scale, so that it reads back as it was written; past it,
                // it is read as 0 rather than keep a scale that toPlainString() would write out in full.
                int limit = reader.maxNumberLength();
                return value.scale() < -limit || value.scale() > limit ? BigDecimal.ZERO : value;
            }
            // Bound the number written out in full: an exponent such as 1e400 or 1e-400 would make
            // toPlainString() and arithmetic in downstream code arbitrarily expensive.
            long integerDigits = (long) value.precision() - value.scale();
            int limit = reader.maxNumberLength();
            if (integerDigits > limit || value.scale() > limit) {
                return outOfRange(reader, text);
            }
            return value;
        }

        private static Object outOfRange(DocumentReader reader, String text) {
            reader.problem(ProblemKind.INVALID_VALUE, Messages.quote(text) + " is out of range: written out in full"
                    + " it would have more than " + reader.maxNumberLength()
                    + " digits before or after the decimal point");
            return FAILED;
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeNumber((BigDecimal) value);
        }
    }

    /** A JSON integer within the range of a Java int: no "7", no 7.0, no 7.9. */
    static final class Int extends Shape {
        @Override
        String description() {
            return "a whole number such as 3";
        }

        @Override
        Object read(DocumentReader reader) {
            String text = integerText(reader, this, "3");
            if (text == null) {
                return FAILED;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                reader.problem(ProblemKind.INVALID_VALUE, Messages.quote(text) + " is out of range: at most "
                        + Integer.MAX_VALUE);
                return FAILED;
            }
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeNumber((Integer) value);
        }
    }

    /**
     * A JSON integer of at most 2^53 - 1 in magnitude, such as a count of records: no "7", no 7.0.
     * The bound is the largest integer an IEEE 754 double holds exactly with all below it, so that
     * the canonical form (RFC 8785 writes numbers as doubles) and JavaScript readers keep it exact.
     */
    static final class Count extends Shape {
        /** 2^53 - 1, JavaScript's Number.MAX_SAFE_INTEGER. */
        static final long MAX = (1L << 53) - 1;

        @Override
        String description() {
            return "a whole number such as 150000";
        }

        @Override
        Object read(DocumentReader reader) {
            String text = integerText(reader, this, "150000");
            if (text == null) {
                return FAILED;
            }
            // More than 17 characters (a sign and 16 digits) is out of range whatever they are.
            long value;
            try {
                value = text.length() > 17 ? MAX + 1 : Math.abs(Long.parseLong(text));
            } catch (NumberFormatException e) {
                value = MAX + 1;
            }
            if (value > MAX) {
                reader.problem(ProblemKind.INVALID_VALUE, Messages.quote(text) + " is out of range: at most " + MAX
                        + " (2^53 - 1) in magnitude, the largest whole number an IEEE 754 double holds exactly");
                return FAILED;
            }
            return Long.valueOf(text);
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeNumber((Long) value);
        }
    }

    /**
     * The text of the integer being read, or null once the reader has been told why there is
     * none: the token is not an integer, or it is a YAML integer that JSON would not write (such
     * as {@code 0x1F} or {@code +3}); {@code example} is a number of {@code shape} as JSON writes it.
     */
    private static @Nullable String integerText(DocumentReader reader, Shape shape, String example) {
        if (reader.parser().currentToken() != JsonToken.VALUE_NUMBER_INT) {
            reader.wrongType(shape);
            return null;
        }
        String text = reader.parser().getString();
        if (reader.isYaml() && !INTEGER_SYNTAX.matcher(text).matches()) {
            reader.problem(ProblemKind.INVALID_VALUE, Messages.quote(text) + " is not a whole number as JSON writes it"
                    + " (for example " + example + ")");
            return null;
        }
        return text;
    }

    /** true or false; no "true", no 1. */
    static final class Bool extends Shape {
        @Override
        String description() {
            return "true or false";
        }

        @Override
        Object read(DocumentReader reader) {
            JsonToken token = reader.parser().currentToken();
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                return reader.wrongType(this);
            }
            return token == JsonToken.VALUE_TRUE;
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeBoolean((Boolean) value);
        }
    }
}
