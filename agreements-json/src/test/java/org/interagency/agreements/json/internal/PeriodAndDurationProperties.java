package org.interagency.agreements.json.internal;

import org.interagency.agreements.rules.Messages;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written readers of periods and durations against what the reader did before them: a
 * regular expression for the syntax of the document format, then java.time's own parse.
 */
class PeriodAndDurationProperties {

    /**
     * The syntax of a period, as the reader checked it with a regular expression before, with the
     * numbers unbounded: their limits are {@link #PERIOD_DIGITS}, by group.
     */
    private static final Pattern PERIOD = Pattern.compile(
            "P(?=[0-9])(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?");
    /** The most digits of years, months, weeks and days, as docs/document-format.md states them. */
    private static final int[] PERIOD_DIGITS = {9, 9, 8, 9};
    /** The syntax of a duration, likewise; the limits of its numbers are {@link #DURATION_DIGITS}. */
    private static final Pattern DURATION = Pattern.compile(
            "P(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)(?:\\.([0-9]+))?S)?)?");
    /** The most digits of days, hours, minutes, seconds and the fraction of a second. */
    private static final int[] DURATION_DIGITS = {9, 12, 12, 12, 9};

    /** What the reader says a period and a duration look like when one is not valid. */
    private static final String PERIOD_EXPECTED = "an ISO-8601 period in years, months, weeks and days"
            + " (for example \"P1Y\", \"P18M\", \"P2W\")";
    private static final String DURATION_EXPECTED = "an ISO-8601 duration (for example \"PT72H\", \"PT4H30M\","
            + " \"P3D\")";

    @Provide
    Arbitrary<String> periodsAndNearMisses() {
        Arbitrary<List<String>> groups = Combinators.combine(group("Y"), group("M"), group("W"), group("D"))
                .as((years, months, weeks, days) -> List.of("P", years, months, weeks, days));
        return nearMisses(groups, List.of("Y", "M", "W", "D", "H", "T", ".", "-", "y", "P", " "));
    }

    @Provide
    Arbitrary<String> durationsAndNearMisses() {
        Arbitrary<String> seconds = Arbitraries.oneOf(group("S"),
                Combinators.combine(number(), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10))
                        .as((whole, fraction) -> whole + "." + fraction + "S"));
        Arbitrary<List<String>> groups = Combinators.combine(group("D"), group("H"), group("M"), seconds,
                Arbitraries.of(true, false))
                .as((days, hours, minutes, secs, time) -> time
                        ? List.of("P", days, "T", hours, minutes, secs)
                        : List.of("P", days));
        return nearMisses(groups, List.of("D", "T", "H", "M", "S", ".", "W", "-", "t", "P", " "));
    }

    /** A number and its unit, or nothing. */
    private static Arbitrary<String> group(String unit) {
        return Arbitraries.oneOf(Arbitraries.just(""), number().map(number -> number + unit));
    }

    /** Mostly short numbers, now and then one of about as many digits as allowed, or more. */
    private static Arbitrary<String> number() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(13)));
    }

    /** The pieces joined as they are (half the time), or with one piece added, removed or moved. */
    private static Arbitrary<String> nearMisses(Arbitrary<List<String>> pieces, List<String> strays) {
        return Combinators.combine(pieces, Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 99),
                Arbitraries.of(strays))
                .as((parts, change, place, stray) -> {
                    List<String> changed = new ArrayList<>(parts);
                    int at = place % changed.size();
                    if (change == 3) {
                        changed.add(at, stray);
                    } else if (change == 4) {
                        changed.remove(at);
                    } else if (change == 5) {
                        changed.add(changed.remove(at));
                    }
                    return String.join("", changed);
                });
    }

    @Property(tries = 3000)
    void readsPeriodsAsTheSyntaxAndPeriodParseDo(@ForAll("periodsAndNearMisses") String text) {
        Object expected = oracle(PERIOD, PERIOD_DIGITS, Period::parse, text);

        assertThat(outcome(Iso8601::parsePeriod, text)).isEqualTo(expected);
        covers(expected);
    }

    @Property(tries = 3000)
    void readsDurationsAsTheSyntaxAndDurationParseDo(@ForAll("durationsAndNearMisses") String text) {
        Object expected = oracle(DURATION, DURATION_DIGITS, Duration::parse, text);

        assertThat(outcome(Iso8601::parseDuration, text)).isEqualTo(expected);
        covers(expected);
    }

    /** Fails the property if the generated texts were hardly ever valid, or hardly ever not. */
    private static void covers(Object expected) {
        Statistics.collect(expected instanceof String ? expected : "a value");
        Statistics.coverage(coverage -> {
            coverage.check("a value").percentage(percent -> percent >= 10);
            coverage.check("not valid").percentage(percent -> percent >= 10);
        });
    }

    @Example
    void readsTheExamplesOfTheDocumentFormat() {
        assertThat(Iso8601.parsePeriod("P1Y")).isEqualTo(Period.ofYears(1));
        assertThat(Iso8601.parsePeriod("P18M")).isEqualTo(Period.ofMonths(18));
        assertThat(Iso8601.parsePeriod("P2W")).isEqualTo(Period.ofDays(14));
        assertThat(Iso8601.parsePeriod("P1Y2M3W4D")).isEqualTo(Period.of(1, 2, 25));
        assertThat(Iso8601.parseDuration("PT72H")).isEqualTo(Duration.ofHours(72));
        assertThat(Iso8601.parseDuration("PT4H30M")).isEqualTo(Duration.ofMinutes(270));
        assertThat(Iso8601.parseDuration("P3D")).isEqualTo(Duration.ofDays(3));
        assertThat(Iso8601.parseDuration("P1DT0.000000001S")).isEqualTo(Duration.ofDays(1).plusNanos(1));
        assertThat(Iso8601.parseDuration("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
    }

    @Example
    void rejectsWhatTheSyntaxRejects() {
        for (String text : List.of("P", "PT", "P1", "PY", "P1DT", "PT1", "PT.5S", "PT1.S", "PT1.5H", "PT1S2S", "PT1S2.5S",
                "PT1M1H", "P1Y1Y", "P1M1Y", "P-1Y", "p1Y", "P1y", "P1234567890Y", "PT1234567890123H", "PT1.1234567890S",
                "P1D1H", "P1DX", " P1Y", "P1Y ")) {
            assertThat(outcome(Iso8601::parsePeriod, text)).as(text)
                    .isEqualTo(oracle(PERIOD, PERIOD_DIGITS, Period::parse, text));
            assertThat(outcome(Iso8601::parseDuration, text)).as(text)
                    .isEqualTo(oracle(DURATION, DURATION_DIGITS, Duration::parse, text));
        }
    }

    @Example
    void countsWeeksIntoDaysWithinTheRangeOfAnIntByAllowingWeeksOneDigitFewer() {
        assertThat(outcome(Iso8601::parsePeriod, "P999999999W")).isEqualTo("out of range");
        assertThat(outcome(Iso8601::parsePeriod, "P306783378W")).isEqualTo("out of range");
        assertThat(outcome(Iso8601::parsePeriod, "P99999999W999999999D"))
                .isEqualTo(Period.ofDays(99_999_999 * 7 + 999_999_999));
    }

    @Example
    void saysWhichNumberHasTooManyDigits() {
        assertThatThrownBy(() -> Iso8601.parsePeriod("P2147483647D"))
                .hasMessage("\"P2147483647D\" is out of range: its number of days has 10 digits, and the document"
                        + " format allows at most 9");
        assertThatThrownBy(() -> Iso8601.parseDuration("PT1.1234567890S"))
                .hasMessage("\"PT1.1234567890S\" is out of range: its fraction of a second has 10 digits, and the"
                        + " document format allows at most 9");
    }

    /** The value read, "not valid" with the message the reader always gave, or "out of range". */
    private static Object outcome(Function<String, Object> parse, String text) {
        try {
            return parse.apply(text);
        } catch (Iso8601.OutOfRange e) {
            assertThat(e.getMessage()).startsWith(Messages.quote(text) + " is out of range: its ");
            return "out of range";
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isEqualTo(Messages.quote(text) + " is not "
                    + (parse.apply("P1D") instanceof Period ? PERIOD_EXPECTED : DURATION_EXPECTED));
            return "not valid";
        }
    }

    /** What the syntax, the limits of its numbers by group, and java.time's parse make of the text. */
    private static Object oracle(Pattern syntax, int[] mostDigits, Function<String, Object> parse, String text) {
        Matcher matcher = syntax.matcher(text);
        if (!matcher.matches()) {
            return "not valid";
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            String digits = matcher.group(group);
            if (digits != null && digits.length() > mostDigits[group - 1]) {
                return "out of range";
            }
        }
        try {
            return parse.apply(text);
        } catch (DateTimeException e) {
            return "not valid";
        }
    }
}
