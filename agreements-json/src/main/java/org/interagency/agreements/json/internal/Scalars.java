package org.interagency.agreements.json.internal;

import org.interagency.agreements.internal.Text;
import org.interagency.agreements.json.ProblemKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The shapes of single values: strings, ids, enums, dates, periods, durations and numbers. */
final class Scalars {

    /** What a period looks like, for messages. */
    private static final String PERIOD = "an ISO-8601 period in years, months, weeks and days (for example \"P1Y\","
            + " \"P18M\", \"P2W\")";
    /** What a duration looks like, for messages. */
    private static final String DURATION = "an ISO-8601 duration (for example \"PT72H\", \"PT4H30M\", \"P3D\")";
    /** Nanoseconds per unit of the last digit of a fraction of a second, by the number of digits after the first. */
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};
    /**
     * RFC 8259 section 6 numbers; YAML's hexadecimal, octal, underscores and .inf do not match. The
     * JSON parser enforces this syntax itself, so only YAML numbers are matched.
     */
    private static final Pattern NUMBER_SYNTAX = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER_SYNTAX = Pattern.compile("-?(?:0|[1-9][0-9]*)");

    private Scalars() {
    }

    /** Free text: any string without bidirectional controls or stray control characters. */
    static final class PlainText extends Shape {
        @Override
        String description() {
            return "a string";
        }

        @Override
        Object read(DocumentReader reader) {
            if (reader.parser().currentToken() != JsonToken.VALUE_STRING) {
                return reader.wrongType(this);
            }
            String value = reader.parser().getString();
            String problem = Characters.problemInText(value);
            if (problem != null) {
                reader.problem(ProblemKind.FORBIDDEN_CHARACTER, "the text holds " + problem + "; remove it");
                return FAILED;
            }
            return value;
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeString((String) value);
        }
    }

    /** An id: a string without invisible characters (its syntax is a Bean Validation constraint). */
    static final class Id extends Shape {
        @Override
        String description() {
            return "an id such as \"fema\"";
        }

        @Override
        Object read(DocumentReader reader) {
            if (reader.parser().currentToken() != JsonToken.VALUE_STRING) {
                return reader.wrongType(this);
            }
            String value = reader.parser().getString();
            String problem = Characters.problemInId(value);
            if (problem != null) {
                reader.problem(ProblemKind.FORBIDDEN_CHARACTER, "the id " + Text.quote(value) + " holds " + problem
                        + "; ids are lower-case letters, digits and '-' (for example \"county-oem\")");
                return FAILED;
            }
            return value;
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeString((String) value);
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
            String nearest = Nearest.to(value, byName.keySet());
            reader.problem(ProblemKind.INVALID_VALUE, Text.quote(value) + " is not a " + typeName + "; allowed: "
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
     * with a message for the reader, or ArithmeticException for a value out of range.
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
            } catch (ArithmeticException e) {
                // A period counts weeks into days, which can pass the range of an int.
                reader.problem(ProblemKind.INVALID_VALUE, Text.quote(value) + " is out of range: it is too long to"
                        + " count in days; write a shorter one");
                return FAILED;
            }
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeString(value.toString());
        }
    }

    static Shape date() {
        return new Parsed("a date such as \"2026-02-28\"", Scalars::parseDate);
    }

    /**
     * Parses exactly {@code uuuu-MM-dd}; LocalDate.of rejects February 30 and month 13. Written
     * out rather than with DateTimeFormatter, which costs more than the rest of a date's reading.
     */
    private static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new IllegalArgumentException(Text.quote(text) + " is not a calendar date written uuuu-MM-dd"
                    + " (for example \"2026-02-28\")");
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            throw new IllegalArgumentException(Text.quote(text) + " is not a calendar date written uuuu-MM-dd"
                    + " (for example \"2026-02-28\")");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Text.quote(text) + " is not a date that exists (" + e.getMessage() + ")");
        }
    }

    /** The number written by the ASCII digits text[from..to), or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static Shape period() {
        return new Parsed("an ISO-8601 period such as \"P18M\"", Scalars::parsePeriod);
    }

    /**
     * Parses exactly {@code P(?=[0-9])(?:[0-9]{1,9}Y)?(?:[0-9]{1,9}M)?(?:[0-9]{1,9}W)?(?:[0-9]{1,9}D)?},
     * the ISO 8601 section 4.4.3.2 durations in years, months, weeks and days that
     * java.time.Period reads, into what Period.parse makes of them (weeks counted as seven days).
     * Written out rather than with a regular expression, which, twice over with Period.parse's
     * own, cost more than the rest of a period's reading.
     *
     * @throws ArithmeticException if the weeks and days pass the range of an int
     */
    static Period parsePeriod(String text) {
        int[] amounts = new int[4]; // years, months, weeks, days
        int length = text.length();
        if (length < 3 || text.charAt(0) != 'P') {
            throw notA(text, PERIOD);
        }
        int unit = 0;
        for (int i = 1; i < length; i++) {
            int end = digitsEnd(text, i, 9);
            int next = end == i || end == length ? -1 : "YMWD".indexOf(text.charAt(end), unit);
            if (next < 0) {
                throw notA(text, PERIOD);
            }
            amounts[next] = digits(text, i, end);
            unit = next + 1;
            i = end;
        }
        return Period.of(amounts[0], amounts[1], Math.addExact(amounts[3], Math.multiplyExact(amounts[2], 7)));
    }

    static Shape duration() {
        return new Parsed("an ISO-8601 duration such as \"PT72H\"", Scalars::parseDuration);
    }

    /**
     * Parses exactly {@code P(?:[0-9]{1,9}D)?(?:T(?=[0-9])(?:[0-9]{1,12}H)?(?:[0-9]{1,12}M)?(?:[0-9]{1,12}(?:\.[0-9]{1,9})?S)?)?}
     * but for a bare {@code "P"}, the ISO 8601 durations in days and time that java.time.Duration
     * writes, into what Duration.parse makes of them. Written out as {@link #parsePeriod} is.
     */
    static Duration parseDuration(String text) {
        int length = text.length();
        if (length < 3 || text.charAt(0) != 'P') {
            throw notA(text, DURATION);
        }
        long seconds = 0;
        int nanos = 0;
        int i = 1;
        int end = digitsEnd(text, i, 9);
        if (end > i) {
            if (end == length || text.charAt(end) != 'D') {
                throw notA(text, DURATION);
            }
            seconds = digits(text, i, end) * 86_400L;
            i = end + 1;
        }
        if (i < length) {
            if (text.charAt(i) != 'T' || i + 1 == length) {
                throw notA(text, DURATION);
            }
            int unit = 0;
            for (i++; i < length; i++) {
                end = digitsEnd(text, i, 12);
                if (end == i || end == length) {
                    throw notA(text, DURATION);
                }
                long amount = Long.parseLong(text, i, end, 10);
                int unitEnd = end;
                if (text.charAt(end) == '.') {
                    // A fraction of a second: 1 to 9 digits, then S.
                    unitEnd = digitsEnd(text, end + 1, 9);
                    if (unitEnd == end + 1 || unitEnd == length || text.charAt(unitEnd) != 'S') {
                        throw notA(text, DURATION);
                    }
                    nanos = digits(text, end + 1, unitEnd) * POWERS_OF_TEN[9 - (unitEnd - end - 1)];
                }
                int next = "HMS".indexOf(text.charAt(unitEnd), unit);
                if (next < 0) {
                    throw notA(text, DURATION);
                }
                seconds += amount * (next == 0 ? 3_600L : next == 1 ? 60L : 1L);
                unit = next + 1;
                i = unitEnd;
            }
        }
        return Duration.ofSeconds(seconds, nanos);
    }

    /** The end of the run of at most {@code most} ASCII digits that starts at {@code from}. */
    private static int digitsEnd(String text, int from, int most) {
        int end = from;
        while (end < text.length() && end - from < most && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    private static IllegalArgumentException notA(String text, String expected) {
        return new IllegalArgumentException(Text.quote(text) + " is not " + expected);
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
                reader.problem(ProblemKind.INVALID_VALUE, Text.quote(text) + " is not a decimal number as JSON writes it"
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
            reader.problem(ProblemKind.INVALID_VALUE, Text.quote(text) + " is out of range: written out in full"
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
            if (reader.parser().currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return reader.wrongType(this);
            }
            String text = reader.parser().getString();
            if (reader.isYaml() && !INTEGER_SYNTAX.matcher(text).matches()) {
                reader.problem(ProblemKind.INVALID_VALUE, Text.quote(text) + " is not a whole number as JSON writes it"
                        + " (for example 3)");
                return FAILED;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                reader.problem(ProblemKind.INVALID_VALUE, Text.quote(text) + " is out of range: at most "
                        + Integer.MAX_VALUE);
                return FAILED;
            }
        }

        @Override
        void write(Object value, JsonGenerator generator) {
            generator.writeNumber((Integer) value);
        }
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
