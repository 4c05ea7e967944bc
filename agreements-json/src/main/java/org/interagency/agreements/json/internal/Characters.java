package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.jspecify.annotations.Nullable;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The characters a document may not carry in its text fields and ids.
 *
 * <p>Bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069)
 * can make a text display differently from what it says ("Trojan Source", CVE-2021-42574), so no
 * text field may hold one. Ids are compared by machines and read by people, so an id may hold no
 * invisible character at all: no control, format (zero-width, bidirectional), space or separator
 * character. Neither may hold an unpaired surrogate (JSON escapes can produce one) or a control
 * character other than tab, line feed and carriage return.
 */
@API(status = INTERNAL, since = "0.1")
public final class Characters {

    private Characters() {
    }

    /**
     * Describes the first character of a text field that is not allowed, or returns {@code null}
     * if the text is clean.
     */
    public static @Nullable String problemInText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
                return "a control character " + codePoint(c) + " at position " + (i + 1);
            }
            if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                return "a bidirectional control character " + codePoint(c) + " at position " + (i + 1)
                        + ", which can make the text display differently from what it says";
            }
            String surrogate = surrogateProblem(text, i);
            if (surrogate != null) {
                return surrogate;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return null;
    }

    /**
     * Describes the first invisible character of an id, or returns {@code null} if the id holds
     * none.
     */
    public static @Nullable String problemInId(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                continue;
            }
            String surrogate = surrogateProblem(id, i);
            if (surrogate != null) {
                return surrogate;
            }
            int type = Character.getType(c);
            if (c <= 0x20 || c == 0x7f || type == Character.CONTROL || type == Character.FORMAT
                    || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                return "an invisible character " + codePoint(c) + " at position " + (i + 1);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return null;
    }

    private static @Nullable String surrogateProblem(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                return null;
            }
            return "an unpaired surrogate " + codePoint(c) + " at position " + (i + 1);
        }
        if (Character.isLowSurrogate(c)) {
            return "an unpaired surrogate " + codePoint(c) + " at position " + (i + 1);
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
