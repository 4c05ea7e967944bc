package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.jspecify.annotations.Nullable;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A strict UTF-8 check of a whole document before it is parsed (RFC 3629 section 3, the
 * well-formed byte sequences of Unicode 15 table 3-7).
 *
 * <p>Rejects what lenient decoders accept: a byte-order mark, overlong encodings ({@code C0 AF}
 * for {@code '/'}), encoded surrogates ({@code ED A0 80}), code points above U+10FFFF, truncated
 * sequences, and NUL bytes, which JSON and YAML only carry escaped, so that UTF-16 and UTF-32
 * input (which has NUL bytes around every ASCII character) is refused too.
 */
@API(status = INTERNAL, since = "0.1")
public final class StrictUtf8 {

    /**
     * Eight bytes read at once, in either byte order: the fast scan below only asks whether any
     * of them is special, never which.
     */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    /** Where and why a document is not strict UTF-8. */
    @API(status = INTERNAL, since = "0.1")
    public record Violation(String message, int line, int column) {
    }

    private StrictUtf8() {
    }

    /** Checks {@code bytes[0..length)}; returns the first violation, or {@code null} if there is none. */
    public static @Nullable Violation check(byte[] bytes, int length) {
        // Most documents are clean and mostly ASCII: scan fast, and count lines only on a failure.
        return asciiWithoutNul(bytes, length) ? null : locate(bytes, length);
    }

    /**
     * Whether every byte of {@code bytes[0..length)} is in 0x01..0x7F, eight at a time: a word
     * has a byte 0x80 or above exactly when one of its high bits is set, and, if it has none,
     * a zero byte exactly when subtracting 0x01 from every byte borrows into a high bit (no
     * byte below the lowest zero one borrows, so that one turns 0xFF).
     */
    static boolean asciiWithoutNul(byte[] bytes, int length) {
        int i = 0;
        for (int last = length - Long.BYTES; i <= last; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            if ((((word - ONES) | word) & HIGH_BITS) != 0) {
                return false;
            }
        }
        for (; i < length; i++) {
            if (bytes[i] <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The first violation, found byte by byte with its line and column, or {@code null}. */
    static @Nullable Violation locate(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new Violation("the document starts with a UTF-8 byte-order mark; save it as UTF-8 without"
                    + " a byte-order mark", 1, 1);
        }
        if (length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return new Violation("the document starts with a UTF-16 or UTF-32 byte-order mark; documents"
                    + " must be UTF-8 without a byte-order mark", 1, 1);
        }
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                if (b == 0) {
                    return new Violation("the document holds a NUL byte: it is not UTF-8 (UTF-16 and UTF-32"
                            + " are not accepted; save it as UTF-8)", line, column);
                }
                if (b == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                i++;
                continue;
            }
            int needed;
            int min;
            int max = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                needed = 1;
                min = 0x80;
            } else if (b == 0xe0) {
                // E0 80..9F would encode U+0000..U+07FF again: overlong.
                needed = 2;
                min = 0xa0;
            } else if (b >= 0xe1 && b <= 0xec || b == 0xee || b == 0xef) {
                needed = 2;
                min = 0x80;
            } else if (b == 0xed) {
                // ED A0..BF would encode the surrogates U+D800..U+DFFF.
                needed = 2;
                min = 0x80;
                max = 0x9f;
            } else if (b == 0xf0) {
                needed = 3;
                min = 0x90;
            } else if (b >= 0xf1 && b <= 0xf3) {
                needed = 3;
                min = 0x80;
            } else if (b == 0xf4) {
                // F4 90.. would encode code points above U+10FFFF.
                needed = 3;
                min = 0x80;
                max = 0x8f;
            } else {
                return invalid(b, line, column);
            }
            if (i + needed >= length) {
                return new Violation("the document ends inside a UTF-8 sequence", line, column);
            }
            int second = bytes[i + 1] & 0xff;
            if (second < min || second > max) {
                return invalid(b, line, column);
            }
            for (int k = 2; k <= needed; k++) {
                int next = bytes[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    return invalid(b, line, column);
                }
            }
            i += needed + 1;
            column++;
        }
        return null;
    }

    private static Violation invalid(int leadByte, int line, int column) {
        return new Violation(String.format("the document is not valid UTF-8 (byte 0x%02X starts an invalid"
                + " or overlong sequence); documents must be UTF-8", leadByte), line, column);
    }
}
