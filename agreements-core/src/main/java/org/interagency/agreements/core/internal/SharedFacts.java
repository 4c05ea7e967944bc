package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.SharedFact;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Facts about one agreement that several built-in rules derive alike (the roles rules' index of
 * every assignment, say), computed once per validation and shared by the rules that run in it.
 * The validator creates one for each {@code validate} call and hands it to each rule's
 * {@link FindingCollector}; a rule asks its context: {@code context.fact(FACT, agreement)}.
 *
 * <p>What is shared and what is not:
 * <ul>
 *   <li>A fact is remembered only for the agreement the validation checks (compared by
 *       identity): a rule that checks another agreement with the same context, and a context that
 *       is not the engine's (a user's or a test's), computes a fresh value each time, exactly as
 *       without sharing.</li>
 *   <li>A computation that throws is not remembered: each rule that asks for the fact computes it
 *       again and fails on its own, so the engine reports each such rule as failed, as it did when
 *       each rule computed its own.</li>
 *   <li>Values are shared between rules, so they must be immutable in practice: rules read them
 *       and never change them.</li>
 * </ul>
 * Used by one thread, within one validation, like the collectors that carry it.
 */
@API(status = INTERNAL, since = "0.1")
public final class SharedFacts {

    /** Remembers nothing: every request computes. Holds no state, so it may be shared. */
    private static final SharedFacts NONE = new SharedFacts(null);

    private final @Nullable Agreement agreement;
    private SharedFact<?>[] keys = new SharedFact<?>[0];
    private Object[] values = new Object[0];

    private SharedFacts(@Nullable Agreement agreement) {
        this.agreement = agreement;
    }

    /** The facts of one validation of {@code agreement}, empty at first. */
    public static SharedFacts of(Agreement agreement) {
        return new SharedFacts(Objects.requireNonNull(agreement, "agreement"));
    }

    /** Facts that are never remembered: each request computes a fresh value. */
    public static SharedFacts none() {
        return NONE;
    }

    /**
     * The fact {@code key} about {@code about}: remembered if computed before in this validation,
     * otherwise computed (and remembered if {@code about} is the agreement this validation checks).
     *
     * @throws RuntimeException whatever the computation throws; nothing is then remembered
     */
    public <T> T get(SharedFact<T> key, Agreement about) {
        if (about != agreement) {
            return key.derive(about);
        }
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == key) {
                @SuppressWarnings("unchecked") // values[k] was derived by this very key
                T value = (T) values[k];
                return value;
            }
        }
        T value = key.derive(about);
        keys = Arrays.copyOf(keys, keys.length + 1);
        values = Arrays.copyOf(values, values.length + 1);
        keys[keys.length - 1] = key;
        values[values.length - 1] = value;
        return value;
    }
}
