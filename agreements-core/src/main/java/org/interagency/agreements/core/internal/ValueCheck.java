package org.interagency.agreements.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * One constraint of {@link ConstraintPrecheck}, compiled: whether a value satisfies it. It throws
 * {@link Undecided} when it cannot tell, and the precheck then leaves the bean to Hibernate
 * Validator.
 */
@FunctionalInterface
interface ValueCheck {

    /** Whether {@code value} satisfies the constraint. */
    boolean holds(@Nullable Object value);

    /** A check that holds when every one of {@code checks} holds, in order. */
    static ValueCheck allOf(ValueCheck[] checks) {
        return value -> holdsForAll(checks, value);
    }

    /** Whether every one of {@code checks} holds for {@code value}. */
    static boolean holdsForAll(ValueCheck[] checks, @Nullable Object value) {
        for (ValueCheck check : checks) {
            if (!check.holds(value)) {
                return false;
            }
        }
        return true;
    }
}
