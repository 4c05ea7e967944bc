package org.interagency.agreements.json.internal;

import org.interagency.agreements.internal.Text;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.Locale;

/** Finds the allowed word nearest to a misspelt one, for "did you mean" hints. */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The candidate closest to {@code input} by edit distance, after folding case and turning
     * {@code '_'} and spaces into {@code '-'}; {@code null} if none is within a third of the
     * input's length.
     */
    public static @Nullable String to(String input, Collection<String> candidates) {
        if (input.isEmpty() || input.length() > Text.MAX_COMPARED_LENGTH) {
            return null;
        }
        String folded = input.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = Text.editDistance(folded, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, folded.length() / 3) ? best : null;
    }
}
