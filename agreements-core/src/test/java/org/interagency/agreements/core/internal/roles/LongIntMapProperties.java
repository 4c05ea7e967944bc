package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LongIntMapProperties {

    /**
     * Keys as the overlap check packs them (two small ints, one shifted up), plus the extremes:
     * few distinct high halves, so that collisions and long probe runs are common.
     */
    @Provide
    Arbitrary<List<Tuple2<Long, Integer>>> puts() {
        Arbitrary<Long> packed = Arbitraries.integers().between(0, 40).flatMap(high -> Arbitraries.integers()
                .between(0, 300).map(low -> (long) high << 32 | low));
        Arbitrary<Long> keys = Arbitraries.oneOf(packed, Arbitraries.of(0L, 1L, Long.MAX_VALUE, Long.MAX_VALUE - 1,
                1L << 62, 2L << 61 | 7));
        return Arbitraries.integers().between(0, Integer.MAX_VALUE)
                .flatMap(value -> keys.map(key -> Tuple.of(key, value)))
                .list().ofMaxSize(600);
    }

    @Property(tries = 300)
    void getReturnsTheLastValuePutLikeAHashMap(@ForAll("puts") List<Tuple2<Long, Integer>> puts,
            @ForAll("puts") List<Tuple2<Long, Integer>> probes) {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        for (Tuple2<Long, Integer> put : puts) {
            map.put(put.get1(), put.get2());
            expected.put(put.get1(), put.get2());
        }

        assertThat(map.size()).isEqualTo(expected.size());
        for (Long key : expected.keySet()) {
            assertThat(map.get(key)).as("key %d", key).isEqualTo(expected.get(key));
        }
        for (Tuple2<Long, Integer> probe : probes) {
            assertThat(map.get(probe.get1())).as("key %d", probe.get1())
                    .isEqualTo(expected.getOrDefault(probe.get1(), LongIntMap.ABSENT));
        }
    }

    @Test
    void anEmptyMapHasNoKeyNotEvenZero() {
        LongIntMap map = new LongIntMap(0);

        assertThat(map.get(0)).isEqualTo(LongIntMap.ABSENT);
        assertThat(map.get(Long.MAX_VALUE)).isEqualTo(LongIntMap.ABSENT);
        assertThat(map.size()).isZero();
    }

    @Test
    void rejectsNegativeKeys() {
        LongIntMap map = new LongIntMap(16);

        assertThatThrownBy(() -> map.put(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.put(Long.MIN_VALUE, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
