package org.interagency.agreements.internal;

import org.jspecify.annotations.Nullable;

import org.interagency.agreements.rules.Messages;

import java.util.Collection;

/**
 * The library's own modules' way to the one quoting rule and "did you mean" of
 * {@link Messages}; being removed in favour of calling {@link Messages} directly.
 */
public final class Text {

    private Text() {
    }

    /** {@link Messages#quote(Object)}. */
    public static String quote(@Nullable Object value) {
        return Messages.quote(value);
    }

    /** {@link Messages#didYouMean(String, Collection)}, or {@code null}. */
    public static @Nullable String nearest(String wanted, Collection<String> candidates) {
        return Messages.didYouMean(wanted, candidates).orElse(null);
    }
}
