package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

/**
 * A built-in rule of principle 2, clear roles and responsibilities: a catalogue rule whose
 * principle is fixed. Subclasses hold no other state, so they are immutable and thread-safe.
 */
abstract class RoleRule extends AbstractRule {

    RoleRule(String id, Severity defaultSeverity, String description) {
        super(id, defaultSeverity, Principle.ROLES_AND_RESPONSIBILITIES, description);
    }

    /**
     * Says that the rule is not applicable when the agreement has no responsibilities.
     *
     * @return whether it has none (and the rule has nothing more to do)
     */
    static boolean noResponsibilities(Agreement agreement, RuleContext context) {
        if (agreement.responsibilities().isEmpty()) {
            context.notApplicable("no responsibilities");
            return true;
        }
        return false;
    }

    /** What a rule does with one assignment of one responsibility. */
    interface AssignmentCheck {

        /**
         * Checks one assignment.
         *
         * @param responsibility the responsibility
         * @param r its index among the agreement's responsibilities
         * @param assignment the assignment
         * @param a its index among the responsibility's assignments
         */
        void check(Responsibility responsibility, int r, Assignment assignment, int a);
    }

    /** Calls {@code check} for each assignment of each responsibility, in document order. */
    static void forEachAssignment(Agreement agreement, AssignmentCheck check) {
        List<Responsibility> responsibilities = agreement.responsibilities();
        for (int r = 0; r < responsibilities.size(); r++) {
            List<Assignment> assignments = responsibilities.get(r).assignments();
            for (int a = 0; a < assignments.size(); a++) {
                check.check(responsibilities.get(r), r, assignments.get(a), a);
            }
        }
    }
}
