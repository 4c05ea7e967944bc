package org.interagency.agreements.json.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader hands the YAML parser its text whole, never a read that ends inside a surrogate pair. */
class WholeCodePointReaderProperties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "\u00e9", "\u4e2d", "\uD83C\uDF0A", "\uD834\uDD1E").list().ofMaxSize(200)
                .map(parts -> String.join("", parts));
    }

    @Property
    void readsGiveBackTheWholeTextAndEndOnlyBetweenCodePoints(@ForAll("texts") String text,
            @ForAll @IntRange(min = 2, max = 40) int window) {
        WholeCodePointReader reader = new WholeCodePointReader(text);
        char[] buffer = new char[window];
        StringBuilder read = new StringBuilder();
        int count;
        while ((count = reader.read(buffer, 0, window)) != -1) {
            assertThat(count).isPositive();
            assertThat(Character.isHighSurrogate(buffer[count - 1]) && read.length() + count < text.length())
                    .as("a read of %d chars ends on a high surrogate", count).isFalse();
            read.append(buffer, 0, count);
        }
        assertThat(read.toString()).isEqualTo(text);
    }

    @Test
    void aReadOfOneCharReturnsOneCharEvenIfItIsAHighSurrogate() {
        WholeCodePointReader reader = new WholeCodePointReader("\uD83C\uDF0A");
        char[] buffer = new char[1];

        assertThat(reader.read(buffer, 0, 1)).isEqualTo(1);
        assertThat(buffer[0]).isEqualTo('\uD83C');
        assertThat(reader.read(buffer, 0, 1)).isEqualTo(1);
        assertThat(buffer[0]).isEqualTo('\uDF0A');
        assertThat(reader.read(buffer, 0, 1)).isEqualTo(-1);
    }
}
