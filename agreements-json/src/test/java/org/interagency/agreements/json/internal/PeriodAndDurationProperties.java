package org.interagency.agreements.json.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.interagency.agreements.internal.Text;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written readers of periods and durations against what the reader did before them: a
 * regular expression for the syntax of the document format, then java.time's own parse.
 */
class PeriodAndDurationProperties {

    /** The syntax of a period, as the reader checked it with a regular expression before. */
    private static final Pattern PERIOD = Pattern.compile(
            "P(?=[0-9])(?:[0-9]{1,9}Y)?(?:[0-9]{1,9}M)?(?:[0-9]{1,9}W)?(?:[0-9]{1,9}D)?");
    /** The syntax of a duration, as the reader checked it with a regular expression before. */
    private static final Pattern DURATION = Pattern.compile(
            "P(?:[0-9]{1,9}D)?(?:T(?=[0-9])(?:[0-9]{1,12}H)?(?:[0-9]{1,12}M)?(?:[0-9]{1,12}(?:\\.[0-9]{1,9})?S)?)?");

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
        Object expected = oracle(PERIOD, Period::parse, text);

        assertThat(outcome(Scalars::parsePeriod, text)).isEqualTo(expected);
        covers(expected);
    }

    @Property(tries = 3000)
    void readsDurationsAsTheSyntaxAndDurationParseDo(@ForAll("durationsAndNearMisses") String text) {
        Object expected = oracle(DURATION, Duration::parse, text);

        assertThat(outcome(Scalars::parseDuration, text)).isEqualTo(expected);
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
        assertThat(Scalars.parsePeriod("P1Y")).isEqualTo(Period.ofYears(1));
        assertThat(Scalars.parsePeriod("P18M")).isEqualTo(Period.ofMonths(18));
        assertThat(Scalars.parsePeriod("P2W")).isEqualTo(Period.ofDays(14));
        assertThat(Scalars.parsePeriod("P1Y2M3W4D")).isEqualTo(Period.of(1, 2, 25));
        assertThat(Scalars.parseDuration("PT72H")).isEqualTo(Duration.ofHours(72));
        assertThat(Scalars.parseDuration("PT4H30M")).isEqualTo(Duration.ofMinutes(270));
        assertThat(Scalars.parseDuration("P3D")).isEqualTo(Duration.ofDays(3));
        assertThat(Scalars.parseDuration("P1DT0.000000001S")).isEqualTo(Duration.ofDays(1).plusNanos(1));
        assertThat(Scalars.parseDuration("PT1.5S")).isEqualTo(Duration.ofMillis(1500));
    }

    @Example
    void rejectsWhatTheSyntaxRejects() {
        for (String text : List.of("P", "PT", "P1", "PY", "P1DT", "PT1", "PT.5S", "PT1.S", "PT1.5H", "PT1S2S", "PT1S2.5S",
                "PT1M1H", "P1Y1Y", "P1M1Y", "P-1Y", "p1Y", "P1y", "P1234567890Y", "PT1234567890123H", "PT1.1234567890S",
                "P1D1H", "P1DX", " P1Y", "P1Y ")) {
            assertThat(outcome(Scalars::parsePeriod, text)).as(text).isEqualTo(oracle(PERIOD, Period::parse, text));
            assertThat(outcome(Scalars::parseDuration, text)).as(text).isEqualTo(oracle(DURATION, Duration::parse, text));
        }
    }

    @Example
    void countsWeeksIntoDaysOnlyWithinTheRangeOfAnInt() {
        assertThat(outcome(Scalars::parsePeriod, "P999999999W")).isEqualTo("out of range");
        assertThat(outcome(Scalars::parsePeriod, "P306783378W")).isEqualTo(Period.ofDays(306783378 * 7));
    }

    /** The value read, "not valid" with the message the reader always gave, or "out of range". */
    private static Object outcome(Function<String, Object> parse, String text) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isEqualTo(Text.quote(text) + " is not "
                    + (parse.apply("P1D") instanceof Period ? PERIOD_EXPECTED : DURATION_EXPECTED));
            return "not valid";
        } catch (ArithmeticException e) {
            return "out of range";
        }
    }

    private static Object oracle(Pattern syntax, Function<String, Object> parse, String text) {
        if (!syntax.matcher(text).matches()) {
            return "not valid";
        }
        try {
            return parse.apply(text);
        } catch (DateTimeException e) {
            return "not valid";
        } catch (ArithmeticException e) {
            return "out of range";
        }
    }
}
