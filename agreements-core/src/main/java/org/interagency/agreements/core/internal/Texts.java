package org.interagency.agreements.core.internal;

import org.jspecify.annotations.Nullable;

import java.util.Collection;

/** Safe echoing of user input in messages, and "did you mean" suggestions. */
public final class Texts {

    /** Echoed values are cut to this many characters. */
    public static final int MAX_ECHO = 60;

    private Texts() {
    }

    /**
     * Quotes {@code value} for a message: shortened to {@value #MAX_ECHO} characters, with quotes,
     * backslashes, control, format (bidirectional, zero-width), surrogate and non-ASCII space
     * characters escaped as {@code \\uXXXX}, so that what a reader sees is what was sent.
     */
    public static String quote(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_ECHO) + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            if (i == MAX_ECHO) {
                out.append('\u2026');
                break;
            }
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
                    || Character.isSpaceChar(c) && c != ' ' || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * The candidate closest to {@code wanted} by edit distance, if it is close enough to be a
     * likely typo (at most a third of the longer string's length, and at least one edit away
     * from nothing); ties go to the candidate first in natural order.
     */
    public static @Nullable String nearest(String wanted, Collection<String> candidates) {
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
    static int editDistance(String a, String b) {
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
