package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StringNumberingProperties {

    @Property(tries = 300)
    void numbersStringsInTheOrderFirstSeenLikeAMap(@ForAll("strings") List<String> strings) {
        StringNumbering numbering = new StringNumbering(4);
        Map<String, Integer> model = new HashMap<>();
        List<String> firstSeen = new ArrayList<>();
        for (String string : strings) {
            // A copy, so that equal strings are found by equality and not only by identity.
            int number = numbering.number(new String(string));
            Integer expected = model.computeIfAbsent(string, s -> {
                firstSeen.add(s);
                return model.size();
            });
            assertThat(number).isEqualTo(expected);
        }
        assertThat(numbering.strings()).isEqualTo(firstSeen);
    }

    @Provide
    Arbitrary<List<String>> strings() {
        // "Aa" and "BB" have the same hash code, as do all their concatenations: collisions.
        Arbitrary<String> colliding = Arbitraries.of("Aa", "BB").list().ofMinSize(1).ofMaxSize(4)
                .map(parts -> String.join("", parts));
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(6);
        return Arbitraries.oneOf(colliding, any).list().ofMaxSize(400);
    }
}
