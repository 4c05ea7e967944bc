package org.interagency.agreements.core.internal;

/**
 * The compiled checks of one class for {@link ConstraintPrecheck}: its class-level constraints
 * and its constrained record components; or {@link #UNPROVABLE}, for a class the precheck leaves
 * to Hibernate Validator whole. Immutable, with final fields, so that a check published without a
 * lock is seen complete.
 */
final class BeanCheck {

    /** The check of a class that the precheck cannot prove valid. */
    static final BeanCheck UNPROVABLE = new BeanCheck(true, new ValueCheck[0], new PropertyCheck[0]);

    final boolean unprovable;
    final ValueCheck[] classChecks;
    final PropertyCheck[] properties;

    BeanCheck(boolean unprovable, ValueCheck[] classChecks, PropertyCheck[] properties) {
        this.unprovable = unprovable;
        this.classChecks = classChecks;
        this.properties = properties;
    }

    /** Whether {@code bean}, of this check's class, provably satisfies its constraints and those of the beans it cascades to. */
    boolean holds(Object bean) {
        if (unprovable || !ValueCheck.holdsForAll(classChecks, bean)) {
            return false;
        }
        for (PropertyCheck property : properties) {
            if (!property.holds(bean)) {
                return false;
            }
        }
        return true;
    }
}
