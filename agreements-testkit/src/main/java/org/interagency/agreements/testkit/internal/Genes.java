package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The random choices behind one element of a generated agreement (a party, a goal, a
 * responsibility…): a short list of non-negative integers, each read modulo the number of
 * options it picks from.
 *
 * <p>Generating integers and choosing by index, instead of generating model values directly,
 * means that every combination of genes assembles into a valid agreement (no filter wastes
 * tries) and that shrinking an integer towards 0 moves the choice towards the first, plainest
 * option of the vocabulary.
 *
 * @param values the choices; reading past the end gives 0
 */
@API(status = INTERNAL, since = "0.1")
public record Genes(List<Integer> values) {

    /** The number of genes each element carries. */
    public static final int COUNT = 9;

    /** Copies the values. */
    public Genes {
        values = List.copyOf(values);
    }

    /** Genes that pick the first option everywhere. */
    public static Genes zero() {
        return new Genes(List.of());
    }

    /** Choice {@code index} among {@code bound} options, 0 to {@code bound - 1}; 0 when {@code bound <= 1}. */
    public int pick(int index, int bound) {
        if (bound <= 1 || index >= values.size()) {
            return 0;
        }
        return values.get(index) % bound;
    }

    /** Whether choice {@code index} picks "yes" out of {@code 1 in odds} (gene 0 means "no"). */
    public boolean chance(int index, int odds) {
        return index < values.size() && values.get(index) % odds == odds - 1;
    }
}
