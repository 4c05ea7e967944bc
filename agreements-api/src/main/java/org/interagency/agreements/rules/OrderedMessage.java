package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import java.util.function.Supplier;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A message written when read that can be ordered without being written: for a rule that
 * reports very many findings at the same locations (every overlapping pair of a large
 * agreement), whose report would otherwise write every message just to sort them.
 *
 * <p>{@link Finding#ORDER} compares two findings' messages as text. When neither message has
 * been written yet and both are {@code OrderedMessage}s of the same class, it asks
 * {@link #compareText} instead, which must answer as comparing the two texts would
 * ({@link String#compareTo}, by sign). Messages of other kinds are written and compared.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface OrderedMessage extends Supplier<String> {

    /**
     * Compares this message's text with {@code other}'s, as {@code get().compareTo(other.get())}
     * would, by sign, preferably without writing either.
     *
     * @param other a message of the same class as this one
     * @return negative, zero or positive as this text comes before, equals or comes after the other's
     */
    int compareText(OrderedMessage other);
}
