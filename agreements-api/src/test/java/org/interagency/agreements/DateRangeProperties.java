package org.interagency.agreements;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laws of {@link DateRange}, checked against the definition: a range is the set of days from its
 * start through its end, both inclusive. Ranges lie within a few weeks of one another so that
 * they often meet, touch or miss by a day; an open end is checked up to a horizon past every
 * generated start.
 */
class DateRangeProperties {

    private static final LocalDate ORIGIN = LocalDate.of(2026, 1, 1);
    private static final LocalDate HORIZON = ORIGIN.plusDays(80);

    @Provide
    Arbitrary<DateRange> ranges() {
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 40);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 30);
        Arbitrary<Boolean> open = Arbitraries.of(true, false, false, false);
        return Combinators.combine(start, length, open).as((s, l, o) -> o
                ? DateRange.from(ORIGIN.plusDays(s))
                : DateRange.of(ORIGIN.plusDays(s), ORIGIN.plusDays(s + l)));
    }

    @Property
    boolean intersectionIsCommutative(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b) {
        return a.intersection(b).equals(b.intersection(a));
    }

    @Property
    void intersectionIsEmptyExactlyWhenNoDayIsShared(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b) {
        boolean shareADay = false;
        for (LocalDate day = ORIGIN; !day.isAfter(HORIZON); day = day.plusDays(1)) {
            if (a.contains(day) && b.contains(day)) {
                shareADay = true;
                break;
            }
        }
        assertThat(a.intersection(b).isPresent()).isEqualTo(shareADay);
        assertThat(a.intersects(b)).isEqualTo(shareADay);
    }

    @Property
    void intersectionHoldsExactlyTheSharedDays(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b) {
        Optional<DateRange> shared = a.intersection(b);
        for (LocalDate day = ORIGIN; !day.isAfter(HORIZON); day = day.plusDays(1)) {
            boolean inBoth = a.contains(day) && b.contains(day);
            assertThat(shared.isPresent() && shared.get().contains(day)).as(day.toString()).isEqualTo(inBoth);
        }
    }

    @Property
    boolean aRangeContainsItsOwnIntersections(@ForAll("ranges") DateRange a, @ForAll("ranges") DateRange b) {
        return a.intersection(b).map(i -> a.contains(i) && b.contains(i)).orElse(true);
    }
}
