package org.interagency.agreements.core.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.RuleContext;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * Facts about one agreement that several built-in rules derive alike (the roles rules' index of
 * every assignment, say), computed once per validation and shared by the rules that run in it.
 * The validator creates one for each {@code validate} call and hands it to each rule's
 * {@link FindingCollector}; a rule asks {@code SharedFacts.of(context).get(KEY, agreement)}.
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
public final class SharedFacts {

    /** Remembers nothing: every request computes. Holds no state, so it may be shared. */
    private static final SharedFacts NONE = new SharedFacts(null);

    private final @Nullable Agreement agreement;
    private Key<?>[] keys = new Key<?>[0];
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

    /** The facts that {@code context} shares, or {@link #none()} if it is not the engine's. */
    public static SharedFacts of(RuleContext context) {
        return context instanceof FindingCollector collector ? collector.facts() : NONE;
    }

    /**
     * The fact {@code key} about {@code about}: remembered if computed before in this validation,
     * otherwise computed (and remembered if {@code about} is the agreement this validation checks).
     *
     * @throws RuntimeException whatever the computation throws; nothing is then remembered
     */
    public <T> T get(Key<T> key, Agreement about) {
        if (about != agreement) {
            return key.compute.apply(about);
        }
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == key) {
                return key.type.cast(values[k]);
            }
        }
        T value = key.compute.apply(about);
        keys = Arrays.copyOf(keys, keys.length + 1);
        values = Arrays.copyOf(values, values.length + 1);
        keys[keys.length - 1] = key;
        values[values.length - 1] = value;
        return value;
    }

    /**
     * A kind of fact and how it is computed from an agreement. Keys compare by identity: declare
     * each as a constant.
     *
     * @param <T> the type of the fact
     */
    public static final class Key<T> {
        private final String name;
        private final Class<T> type;
        private final Function<Agreement, T> compute;

        /**
         * Creates a key.
         *
         * @param name what the fact is, for debugging
         * @param type the fact's class
         * @param compute computes the fact; it must return a new value that no one changes afterwards
         */
        public Key(String name, Class<T> type, Function<Agreement, T> compute) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
            this.compute = Objects.requireNonNull(compute, "compute");
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
