package org.interagency.agreements.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pointers that classify their tokens once, and findings compared field by field, order exactly
 * as the old comparisons ({@link OldOrders}, kept as the oracle) did.
 */
class PointerAndFindingOrderProperties {

    @Provide
    Arbitrary<JsonPointer> pointers() {
        return tokens().list().ofMaxSize(5).map(JsonPointer::new);
    }

    @Provide
    Arbitrary<List<JsonPointer>> pointerLists() {
        return pointers().list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<String>> tokenLists() {
        return tokens().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Finding>> findingLists() {
        return findings().list().ofMaxSize(30);
    }

    @Property(tries = 2000)
    void pointerOrderEqualsTheOldOrder(@ForAll("pointers") JsonPointer a, @ForAll("pointers") JsonPointer b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(OldOrders.POINTERS.compare(a, b)));
    }

    @Property(tries = 500)
    void sortedPointersAreInTheOldOrder(@ForAll("pointerLists") List<JsonPointer> pointers) {
        List<JsonPointer> sorted = new ArrayList<>(pointers);
        sorted.sort(null);
        List<JsonPointer> old = new ArrayList<>(pointers);
        old.sort(OldOrders.POINTERS);

        assertThat(sorted).containsExactlyElementsOf(old);
    }

    @Property(tries = 500)
    void aPointerIsItsTokensAsAnyListOfThemIs(@ForAll("tokenLists") List<String> tokens) {
        JsonPointer pointer = new JsonPointer(tokens);
        JsonPointer copied = new JsonPointer(List.copyOf(tokens));

        assertThat(pointer.tokens()).isEqualTo(tokens).hasSameHashCodeAs(tokens);
        assertThat(pointer).isEqualTo(copied).hasSameHashCodeAs(copied);
        assertThat(JsonPointer.parse(pointer.toString())).isEqualTo(pointer);
        assertThat(pointer.append("x").tokens()).endsWith("x").hasSize(tokens.size() + 1);
    }

    @Property(tries = 500)
    void findingOrderEqualsTheOldOrder(@ForAll("findingLists") List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        List<Finding> old = new ArrayList<>(findings);
        old.sort(OldOrders.FINDINGS);

        assertThat(sorted).containsExactlyElementsOf(old);
        assertThat(new Report(findings).findings()).containsExactlyElementsOf(old);
    }

    /**
     * Tokens that tell the classifications apart: small and large indexes (the largest beyond an
     * int or a long), numbers with leading zeros (names), digits mixed with letters, the empty
     * token, and a few names shared by many pointers so that comparisons go deep.
     */
    private static Arbitrary<String> tokens() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 12).map(String::valueOf)),
                Tuple.of(2, Arbitraries.integers().between(0, Integer.MAX_VALUE).map(String::valueOf)),
                Tuple.of(2, Arbitraries.strings().numeric().ofMinLength(9).ofMaxLength(25)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).map(s -> "0" + s)),
                Tuple.of(1, Arbitraries.strings().withChars("09a-~/").ofMaxLength(4)),
                Tuple.of(4, Arbitraries.of("responsibilities", "assignments", "parties", "a", "")),
                Tuple.of(1, Arbitraries.of("2147483647", "2147483648", "9223372036854775808", "-1")));
    }

    /** Findings that often tie on location and rule, with eager and lazy messages. */
    private static Arbitrary<Finding> findings() {
        Arbitrary<JsonPointer> locations = Arbitraries.of(
                JsonPointer.root(), JsonPointer.of("responsibilities", 2), JsonPointer.of("responsibilities", 10),
                JsonPointer.of("responsibilities", 2, "assignments", 1), JsonPointer.of("parties", 0, "agencyId"));
        Arbitrary<String> messages = Arbitraries.of("agencies \"a\" and \"b\"", "agencies \"a\" and \"bc\"", "x", "");
        Arbitrary<List<JsonPointer>> related = Arbitraries.oneOf(locations, new PointerAndFindingOrderProperties().pointers())
                .list().ofMaxSize(2);
        Arbitrary<String> hints = Arbitraries.of("fix it", "", "do so").injectNull(0.3);
        return Combinators.combine(Arbitraries.of("roles.accountable-overlap", "roles.gap", "model.constraint"),
                        Arbitraries.of(Severity.class), messages, Arbitraries.of(true, false), locations, related, hints)
                .as((rule, severity, message, lazy, location, others, hint) -> lazy
                        ? new Finding(rule, severity, (Supplier<String>) () -> message, location, others, hint)
                        : new Finding(rule, severity, message, location, others, hint));
    }
}
