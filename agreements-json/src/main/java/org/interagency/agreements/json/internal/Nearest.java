package org.interagency.agreements.json.internal;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.Locale;

/** Finds the allowed word nearest to a misspelt one, for "did you mean" hints. */
public final class Nearest {

    /** Input longer than this is not compared (the comparison is quadratic in length). */
    private static final int MAX_COMPARED_LENGTH = 64;

    private Nearest() {
    }

    /**
     * The candidate closest to {@code input} by edit distance, after folding case and turning
     * {@code '_'} and spaces into {@code '-'}; {@code null} if none is within a third of the
     * input's length.
     */
    public static @Nullable String to(String input, Collection<String> candidates) {
        if (input.isEmpty() || input.length() > MAX_COMPARED_LENGTH) {
            return null;
        }
        String folded = input.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(folded, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, folded.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
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
