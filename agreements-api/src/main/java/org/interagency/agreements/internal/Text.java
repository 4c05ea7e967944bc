package org.interagency.agreements.internal;

import org.jspecify.annotations.Nullable;

import java.util.Collection;

/**
 * Safe echoing of user input in messages, and "did you mean" suggestions: shared by every module
 * of the library (exported to them only), so that every message quotes values the same way.
 */
public final class Text {

    /** Echoed values are cut to this many characters. */
    public static final int MAX_ECHO = 60;

    /** Words longer than this are not compared for suggestions (the comparison is quadratic). */
    public static final int MAX_COMPARED_LENGTH = 64;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Text() {
    }

    /**
     * Quotes {@code value} for a message: its string form in double quotes, shortened to
     * {@value #MAX_ECHO} characters (then an ellipsis), with quotes and backslashes escaped by a
     * backslash and control, format (bidirectional, zero-width), surrogate and non-ASCII space
     * characters as {@code \\uXXXX}, so that what a reader sees is what was sent and no value can
     * forge a line break or hide behind a bidirectional control. {@code null} is {@code null},
     * unquoted.
     */
    public static String quote(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_ECHO) + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            if (i == MAX_ECHO) {
                out.append('\u2026');
                break;
            }
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f && c != '"' && c != '\\') {
                // Printable ASCII, most of what is quoted: none of it is escaped.
                out.append(c);
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSpaceChar(c) && c != ' ' || Character.isSurrogate(c)) {
                out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                        .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * The candidate closest to {@code wanted} by edit distance, if it is close enough to be a
     * likely typo (at most a third of the longer string's length, and at least two edits are
     * always allowed); ties go to the candidate first in natural order. {@code null} if none is
     * close, or {@code wanted} is longer than {@value #MAX_COMPARED_LENGTH}.
     */
    public static @Nullable String nearest(String wanted, Collection<String> candidates) {
        if (wanted.length() > MAX_COMPARED_LENGTH) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(wanted, candidate);
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > Math.max(2, Math.max(wanted.length(), best.length()) / 3)) {
            return null;
        }
        return best;
    }

    /** The Levenshtein distance: insertions, deletions and substitutions of one character. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
