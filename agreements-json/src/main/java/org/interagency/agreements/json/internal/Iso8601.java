package org.interagency.agreements.json.internal;

import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

/**
 * The readers of dates, periods and durations, exactly as the document format writes them (see
 * {@code docs/document-format.md}, "Limits of values"; the shipped JSON Schema states the same).
 *
 * <p>Written out rather than with java.time's own parse and a regular expression for the syntax:
 * those, twice over, cost more than the rest of reading such a value. A property test checks
 * these readers against exactly that pair.
 */
final class Iso8601 {

    /** What a period looks like, for messages. */
    static final String PERIOD = "an ISO-8601 period in years, months, weeks and days (for example \"P1Y\","
            + " \"P18M\", \"P2W\")";
    /** What a duration looks like, for messages. */
    static final String DURATION = "an ISO-8601 duration (for example \"PT72H\", \"PT4H30M\", \"P3D\")";

    /** The most digits of a period's years, months and days: any such number fits in an int. */
    static final int PERIOD_DIGITS = 9;
    /**
     * The most digits of a period's weeks, one fewer than of its days: Period counts weeks as seven
     * days, and 99 999 999 weeks (699 999 993 days) plus 999 999 999 days stay within an int.
     */
    static final int WEEK_DIGITS = 8;
    /** The most digits of a duration's days. */
    static final int DURATION_DAY_DIGITS = 9;
    /**
     * The most digits of a duration's hours, minutes and seconds: with the days, the total stays
     * far within Duration's long seconds, so no sum below can overflow.
     */
    static final int TIME_DIGITS = 12;
    /** The most digits of a fraction of a second: Duration counts nanoseconds. */
    static final int FRACTION_DIGITS = 9;

    /** Nanoseconds per unit of the last digit of a fraction, by the number of digits it lacks of nine. */
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    /** Thrown for a value written in the right syntax whose number has more digits than the format allows. */
    static final class OutOfRange extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        OutOfRange(String message) {
            super(message);
        }
    }

    private Iso8601() {
    }

    /**
     * Reads exactly {@code uuuu-MM-dd}; LocalDate.of rejects February 30 and month 13. Written out
     * rather than with DateTimeFormatter, which costs more than the rest of a date's reading.
     */
    static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw notADate(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            throw notADate(text);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Messages.quote(text) + " is not a date that exists (" + e.getMessage() + ")");
        }
    }

    private static IllegalArgumentException notADate(String text) {
        return new IllegalArgumentException(Messages.quote(text) + " is not a calendar date written uuuu-MM-dd"
                + " (for example \"2026-02-28\")");
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

    /**
     * Reads exactly {@code P(?=[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?}, the ISO 8601
     * section 4.4.3.2 durations in years, months, weeks and days, into what Period.parse makes of
     * them (weeks counted as seven days).
     *
     * @throws OutOfRange if a number has more digits than {@link #PERIOD_DIGITS} or {@link #WEEK_DIGITS}
     * @throws IllegalArgumentException if the text is not in that syntax
     */
    static Period parsePeriod(String text) {
        Cursor in = new Cursor(text, PERIOD);
        in.expect('P');
        in.expectDigit();
        int years = (int) in.amount('Y', PERIOD_DIGITS, "number of years");
        int months = (int) in.amount('M', PERIOD_DIGITS, "number of months");
        int weeks = (int) in.amount('W', WEEK_DIGITS, "number of weeks");
        int days = (int) in.amount('D', PERIOD_DIGITS, "number of days");
        in.expectEnd();
        return Period.of(years, months, weeks * 7 + days);
    }

    /**
     * Reads exactly {@code P(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]+)?S)?)?}
     * but for a bare {@code "P"}, the ISO 8601 durations in days and time that java.time.Duration
     * writes, into what Duration.parse makes of them.
     *
     * @throws OutOfRange if a number has more digits than {@link #DURATION_DAY_DIGITS},
     *     {@link #TIME_DIGITS} or {@link #FRACTION_DIGITS}
     * @throws IllegalArgumentException if the text is not in that syntax
     */
    static Duration parseDuration(String text) {
        Cursor in = new Cursor(text, DURATION);
        in.expect('P');
        long days = in.amount('D', DURATION_DAY_DIGITS, "number of days");
        long hours = 0;
        long minutes = 0;
        long seconds = 0;
        int nanos = 0;
        if (!in.atEnd() || text.length() == 1) {
            in.expect('T');
            in.expectDigit();
            hours = in.amount('H', TIME_DIGITS, "number of hours");
            minutes = in.amount('M', TIME_DIGITS, "number of minutes");
            if (!in.digitsThen('.')) {
                seconds = in.amount('S', TIME_DIGITS, "number of seconds");
            } else {
                seconds = in.take(TIME_DIGITS, "number of seconds");
                in.expect('.');
                int fractionDigits = in.digits();
                if (fractionDigits == 0 || !in.digitsThen('S')) {
                    throw in.notValid();
                }
                long fraction = in.take(FRACTION_DIGITS, "fraction of a second");
                nanos = (int) fraction * POWERS_OF_TEN[Math.max(0, 9 - fractionDigits)];
                in.expect('S');
            }
        }
        in.expectEnd();
        return Duration.ofSeconds(days * 86_400 + hours * 3_600 + minutes * 60 + seconds, nanos);
    }

    /** A position in a text being read, and the checks that move it on. */
    private static final class Cursor {
        private final String text;
        private final String expected;
        private int at;
        /**
         * Why a number is out of range, kept until the end of the text: a text that is not in the
         * syntax at all is reported as that, whatever its numbers.
         */
        private @Nullable String outOfRange;

        Cursor(String text, String expected) {
            this.text = text;
            this.expected = expected;
        }

        boolean atEnd() {
            return at == text.length();
        }

        /** The number of ASCII digits from the cursor on. */
        int digits() {
            int end = at;
            while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            return end - at;
        }

        /** Whether a run of digits starts at the cursor and {@code c} follows it. */
        boolean digitsThen(char c) {
            int digits = digits();
            return digits > 0 && at + digits < text.length() && text.charAt(at + digits) == c;
        }

        /**
         * The number before {@code unit}, moving past both, or 0 (not moving) if the cursor is not
         * at digits followed by {@code unit}.
         */
        long amount(char unit, int mostDigits, String what) {
            if (!digitsThen(unit)) {
                return 0;
            }
            long value = take(mostDigits, what);
            at++;
            return value;
        }

        /** The number of the digits at the cursor (0 if they are too many), moving past them. */
        long take(int mostDigits, String what) {
            int digits = digits();
            at += digits;
            if (digits > mostDigits) {
                if (outOfRange == null) {
                    outOfRange = Messages.quote(text) + " is out of range: its " + what + " has " + digits
                            + " digits, and the document format allows at most " + mostDigits;
                }
                return 0;
            }
            return Long.parseLong(text, at - digits, at, 10);
        }

        void expect(char c) {
            if (atEnd() || text.charAt(at) != c) {
                throw notValid();
            }
            at++;
        }

        void expectDigit() {
            if (digits() == 0) {
                throw notValid();
            }
        }

        /** Checks that the text ends here, and that its numbers were in range. */
        void expectEnd() {
            if (!atEnd()) {
                throw notValid();
            }
            if (outOfRange != null) {
                throw new OutOfRange(outOfRange);
            }
        }

        IllegalArgumentException notValid() {
            return new IllegalArgumentException(Messages.quote(text) + " is not " + expected);
        }
    }
}
