package org.interagency.agreements.core.internal.assessment;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.rules.JsonPointer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Evidence made lazily is the list of the same pointers made at once: the same pointers in the
 * same order whatever order they are first read in, equal, with the same hash code and text, and
 * unmodifiable as {@link List#copyOf}'s lists are. The checks that record evidence are tested
 * against the places they must name in RubricCriteriaTest and ExampleAssessmentsTest.
 */
class EvidenceProperties {

    /** One step of a check's collection: a pointer, a shape with one or two indexes, or another collection. */
    private record Step(int kind, String key, int first, int second, List<Step> nested) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> key = Arbitraries.of("goals", "parties", "dataSharingProtocols", "", "a/b", "~0");
        Arbitrary<Integer> index = Arbitraries.integers().between(0, Integer.MAX_VALUE).edgeCases(e -> e.includeOnly(0));
        Arbitrary<Step> simple = Combinators.combine(Arbitraries.integers().between(0, 2), key, index, index)
                .as((kind, k, first, second) -> new Step(kind, k, first, second, List.of()));
        Arbitrary<Step> nested = simple.list().ofMaxSize(5).map(list -> new Step(3, "", 0, 0, list));
        return Arbitraries.oneOf(simple, simple, nested).list().ofMaxSize(12);
    }

    private static final Evidence.Shape ONE = Evidence.Shape.of("goals", Evidence.Shape.INDEX, "due");
    private static final Evidence.Shape TWO = Evidence.Shape.of("parties", Evidence.Shape.INDEX, "contacts",
            Evidence.Shape.INDEX);

    /** Applies {@code steps} to a builder and to an eager list alike. */
    private static void collect(List<Step> steps, Evidence.Builder builder, List<JsonPointer> eager, boolean nestedAsList) {
        for (Step step : steps) {
            switch (step.kind()) {
                case 0 -> {
                    JsonPointer pointer = JsonPointer.of(step.key(), step.first());
                    builder.add(pointer);
                    eager.add(pointer);
                }
                case 1 -> {
                    builder.add(ONE, step.first());
                    // The expected pointer from its text, not through the shape's tokens.
                    eager.add(JsonPointer.parse("/goals/" + step.first() + "/due"));
                }
                case 2 -> {
                    builder.add(TWO, step.first(), step.second());
                    eager.add(JsonPointer.parse("/parties/" + step.first() + "/contacts/" + step.second()));
                }
                default -> {
                    Evidence.Builder inner = Evidence.builder();
                    collect(step.nested(), inner, eager, !nestedAsList);
                    // Both ways a check joins collections: a built list, and a builder.
                    if (nestedAsList) {
                        builder.addAll(inner.build());
                    } else {
                        builder.addAll(inner);
                    }
                }
            }
        }
    }

    @Property(tries = 500)
    void lazyEvidenceIsTheListOfThePointersMadeAtOnce(@ForAll("steps") List<Step> steps, @ForAll Random random) {
        Evidence.Builder builder = Evidence.builder();
        List<JsonPointer> eager = new ArrayList<>();
        collect(steps, builder, eager, random.nextBoolean());
        assertThat(builder.size()).isEqualTo(eager.size());
        List<JsonPointer> lazy = builder.build();

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < eager.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i : order) {
            assertThat(lazy.get(i)).as("pointer %d", i).isEqualTo(eager.get(i));
        }
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
        assertThat(eager).isEqualTo(lazy);
        assertThatThrownBy(() -> lazy.add(JsonPointer.root())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lazy.removeIf(p -> false)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(lazy::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lazy.sort(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
