package org.interagency.agreements.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.constraints.Email;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import org.interagency.agreements.core.internal.BeanPlan.ConstraintPlan;
import org.jspecify.annotations.Nullable;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Compiles one constraint of a {@link BeanPlan} into a {@link ValueCheck} for
 * {@link ConstraintPrecheck}: a built-in one ({@link BuiltInConstraints}, or {@code @Email} by
 * Hibernate Validator's own validator), or one with its own validator ({@link DeclaredValidators}),
 * together with the constraints it is composed of. A constraint it cannot evaluate exactly
 * (another group than the default, value unwrapping, an unknown built-in) compiles to nothing.
 */
final class ConstraintChecks {

    /**
     * Hibernate Validator's validator of {@code @Email} on text, the only one it has for that
     * constraint. Run as it is rather than written again: what it accepts (quoted local parts,
     * international domain names) is its own; where the class cannot be made (another version of
     * Hibernate Validator, or the module path, where the package is not exported), the constraint
     * is left to Hibernate Validator.
     */
    private static final String EMAIL_VALIDATOR = "org.hibernate.validator.internal.constraintvalidators.bv.EmailValidator";

    private ConstraintChecks() {
    }

    /**
     * The checks of some constraints, and whether any was left out because it could not be
     * compiled (its property is then left to {@code Validator.validateProperty}).
     */
    record Compiled(ValueCheck[] checks, boolean leftOut) {

        static final Compiled NONE = new Compiled(new ValueCheck[0], false);

        /** These checks and then {@code more}'s. */
        Compiled and(Compiled more) {
            ValueCheck[] both = Arrays.copyOf(checks, checks.length + more.checks.length);
            System.arraycopy(more.checks, 0, both, checks.length, more.checks.length);
            return new Compiled(both, leftOut || more.leftOut);
        }
    }

    /** The checks of {@code constraints} on values declared as {@code declaredType}, those it can compile. */
    static Compiled all(Collection<ConstraintPlan> constraints, Class<?> declaredType) {
        List<ValueCheck> checks = new ArrayList<>();
        boolean leftOut = false;
        for (ConstraintPlan constraint : constraints) {
            ValueCheck check = of(constraint, declaredType);
            if (check == null) {
                leftOut = true;
            } else {
                checks.add(check);
            }
        }
        return new Compiled(checks.toArray(ValueCheck[]::new), leftOut);
    }

    /**
     * The check of {@code constraint} on values declared as {@code declaredType}, with its
     * composing constraints; {@code null} if any part cannot be evaluated exactly.
     */
    static @Nullable ValueCheck of(ConstraintPlan constraint, Class<?> declaredType) {
        if (!constraint.groups().equals(Set.of(Default.class))
                || constraint.unwrapping() == ValidateUnwrappedValue.UNWRAP) {
            return null;
        }
        ValueCheck own = own(constraint, declaredType);
        if (own == null) {
            return null;
        }
        if (constraint.composing().isEmpty()) {
            return own;
        }
        List<ValueCheck> parts = new ArrayList<>();
        parts.add(own);
        for (ConstraintPlan composing : constraint.composing()) {
            ValueCheck check = of(composing, declaredType);
            if (check == null) {
                return null;
            }
            parts.add(check);
        }
        return ValueCheck.allOf(parts.toArray(ValueCheck[]::new));
    }

    private static @Nullable ValueCheck own(ConstraintPlan constraint, Class<?> declaredType) {
        Annotation annotation = constraint.annotation();
        Class<? extends Annotation> type = annotation.annotationType();
        ValueCheck builtIn = BuiltInConstraints.of(annotation);
        if (builtIn != null) {
            return builtIn;
        }
        if (type == Email.class && CharSequence.class.isAssignableFrom(declaredType)) {
            return DeclaredValidators.hibernateValidators(annotation, EMAIL_VALIDATOR);
        }
        List<Class<? extends ConstraintValidator<?, ?>>> validators = constraint.validators();
        if (!validators.isEmpty() && !type.getName().startsWith("jakarta.validation.")) {
            return DeclaredValidators.of(annotation, validators, declaredType);
        }
        // The other built-ins: left to Hibernate Validator.
        return null;
    }
}
