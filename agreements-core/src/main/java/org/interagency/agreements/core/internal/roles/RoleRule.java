package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

/**
 * A built-in rule of principle 2, clear roles and responsibilities: a catalogue rule whose
 * principle is fixed. Subclasses hold no other state, so they are immutable and thread-safe.
 */
abstract class RoleRule extends AbstractRule {

    RoleRule(String id, Severity defaultSeverity, String description) {
        super(id, defaultSeverity, Principle.ROLES_AND_RESPONSIBILITIES, description);
    }
}
