package org.interagency.agreements.json.internal;

import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;

import java.util.Collection;

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
        return Messages.didYouMean(input, candidates).orElse(null);
    }
}
