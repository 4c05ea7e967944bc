package org.interagency.agreements.core.internal;

/**
 * Thrown by a {@link ValueCheck} of {@link ConstraintPrecheck} that cannot decide (a value of a
 * type it does not know, a validator that asks for its context); the precheck then proves
 * nothing, and Hibernate Validator decides. One shared instance without a stack trace: it is a
 * signal, thrown on a path that may be common, not an error.
 */
final class Undecided extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final Undecided INSTANCE = new Undecided();

    private Undecided() {
        super("undecided", null, false, false);
    }
}
