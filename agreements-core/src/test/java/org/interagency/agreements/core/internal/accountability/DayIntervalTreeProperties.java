package org.interagency.agreements.core.internal.accountability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The interval tree finds exactly the ranges that contain a day, each once, as a scan of every range does. */
class DayIntervalTreeProperties {

    @Provide
    Arbitrary<List<long[]>> ranges() {
        Arbitrary<long[]> range = Arbitraries.longs().between(0, 60).flatMap(start -> Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(start, 70).map(end -> new long[] {start, end})),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new long[] {start, Long.MAX_VALUE}))));
        return range.list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void stabbingFindsExactlyTheRangesThatContainTheDay(@ForAll("ranges") List<long[]> ranges,
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = -2, max = 75) Integer> days) {
        long[] first = ranges.stream().mapToLong(r -> r[0]).toArray();
        long[] last = ranges.stream().mapToLong(r -> r[1]).toArray();
        DayIntervalTree tree = DayIntervalTree.of(first, last);
        for (int day : days) {
            List<Integer> found = new ArrayList<>();
            tree.stab(day, found::add);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                if (first[i] <= day && day <= last[i]) {
                    expected.add(i);
                }
            }
            assertThat(found).as("day %d", day).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
