package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Comparator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SweepOrderProperties {

    /** Days as the sweep sees them: few distinct ones, so that ties abound, and the open end. */
    @Provide
    Arbitrary<long[]> days() {
        Arbitrary<Long> day = Arbitraries.oneOf(Arbitraries.longs().between(20_000, 20_012),
                Arbitraries.longs().between(-1_000_000, 1_000_000), Arbitraries.just(Terms.OPEN));
        return day.array(long[].class).ofMaxSize(300);
    }

    /** Days within a few years, and the open end: sorted by counting the days. */
    @Provide
    Arbitrary<long[]> daysOfATerm() {
        Arbitrary<Long> day = Arbitraries.oneOf(Arbitraries.longs().between(20_000, 21_100), Arbitraries.just(Terms.OPEN));
        return day.array(long[].class).ofMaxSize(300);
    }

    @Property(tries = 500)
    void orderSortsDaysOfATermByKeyThenByIndex(@ForAll("daysOfATerm") long[] key) {
        assertThat(OverlapSweep.order(key, key.length)).containsExactly(byKeyThenIndex(key, key.length));
    }

    @Property(tries = 500)
    void orderSortsByKeyThenByIndex(@ForAll("days") long[] key) {
        assertThat(OverlapSweep.order(key, key.length)).containsExactly(byKeyThenIndex(key, key.length));
    }

    @Property(tries = 100)
    void orderReadsOnlyTheFirstNKeys(@ForAll("days") long[] key) {
        int n = key.length / 2;

        assertThat(OverlapSweep.order(key, n)).containsExactly(byKeyThenIndex(key, n));
    }

    /** The oracle: indexes 0 to n - 1 sorted by a comparator, by key and then by index. */
    private static int[] byKeyThenIndex(long[] key, int n) {
        return IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> key[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }
}
