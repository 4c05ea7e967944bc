package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.Severity;

/**
 * A built-in rule of principle 2, clear roles and responsibilities: its id, default severity
 * and description are fixed at construction. Subclasses hold no other state, so they are
 * immutable and thread-safe.
 */
abstract class RoleRule implements Rule {

    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    RoleRule(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final Principle principle() {
        return Principle.ROLES_AND_RESPONSIBILITIES;
    }

    @Override
    public final String description() {
        return description;
    }

    /** The rule's id. */
    @Override
    public String toString() {
        return id;
    }
}
