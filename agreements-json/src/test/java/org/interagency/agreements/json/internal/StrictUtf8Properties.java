package org.interagency.agreements.json.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast scan of the strict UTF-8 check, eight bytes at a time, against the byte-by-byte one. */
class StrictUtf8Properties {

    /** A byte array and the length of its prefix to check. */
    record Prefix(byte[] bytes, int length) {
        @Override
        public String toString() {
            return Arrays.toString(bytes) + " up to " + length;
        }
    }

    @Provide
    Arbitrary<Prefix> prefixes() {
        // Mostly ASCII, as documents are, with now and then a NUL, a byte above 0x7F or a whole
        // UTF-8 sequence, at any place in an eight-byte word or in the tail after the last one.
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.integers().between(0x01, 0x7f).map(b -> new byte[] {(byte) (int) b})),
                Tuple.of(1, Arbitraries.just(new byte[] {0})),
                Tuple.of(1, Arbitraries.integers().between(0x80, 0xff).map(b -> new byte[] {(byte) (int) b})),
                Tuple.of(1, Arbitraries.of("é", "€", "\u202e", "😀").map(s -> s.getBytes(StandardCharsets.UTF_8))));
        return piece.list().ofMaxSize(40).flatMap(pieces -> {
            byte[] bytes = concatenate(pieces);
            return Arbitraries.integers().between(0, bytes.length).map(length -> new Prefix(bytes, length));
        });
    }

    @Property(tries = 2000)
    void fastScanAcceptsExactlyTheBytesFromOneToSevenSevenHex(@ForAll("prefixes") Prefix prefix) {
        assertThat(StrictUtf8.asciiWithoutNul(prefix.bytes(), prefix.length()))
                .isEqualTo(everyByteIsAsciiAndNotNul(prefix.bytes(), prefix.length()));
    }

    @Property(tries = 2000)
    void checkEqualsTheByteByByteCheck(@ForAll("prefixes") Prefix prefix) {
        assertThat(StrictUtf8.check(prefix.bytes(), prefix.length()))
                .isEqualTo(StrictUtf8.locate(prefix.bytes(), prefix.length()));
    }

    @Example
    void findsANulOrAHighByteAtEveryPlaceOfAWordAndOfTheTail() {
        for (int length : List.of(1, 7, 8, 9, 15, 16, 17, 31)) {
            for (int at = 0; at < length; at++) {
                for (byte special : new byte[] {0, (byte) 0x80, (byte) 0xff}) {
                    byte[] bytes = new byte[length];
                    Arrays.fill(bytes, (byte) 'a');
                    bytes[at] = special;
                    assertThat(StrictUtf8.asciiWithoutNul(bytes, length)).as("byte %d of %d", at, length).isFalse();
                    assertThat(StrictUtf8.asciiWithoutNul(bytes, at)).as("the %d bytes before it", at).isTrue();
                }
            }
        }
    }

    @Example
    void acceptsEveryAsciiByteButNul() {
        byte[] bytes = new byte[0x7f];
        for (int b = 1; b <= 0x7f; b++) {
            bytes[b - 1] = (byte) b;
        }
        assertThat(StrictUtf8.asciiWithoutNul(bytes, bytes.length)).isTrue();
        assertThat(StrictUtf8.check(bytes, bytes.length)).isNull();
    }

    private static boolean everyByteIsAsciiAndNotNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0 || b > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concatenate(List<byte[]> pieces) {
        int size = 0;
        for (byte[] piece : pieces) {
            size += piece.length;
        }
        byte[] bytes = new byte[size];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, bytes, at, piece.length);
            at += piece.length;
        }
        return bytes;
    }
}
