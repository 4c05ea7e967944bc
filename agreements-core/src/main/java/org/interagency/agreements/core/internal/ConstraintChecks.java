package org.interagency.agreements.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import org.jspecify.annotations.Nullable;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Compiles one constraint of Hibernate Validator's metadata into a {@link ValueCheck} for
 * {@link ConstraintPrecheck}: a built-in one ({@link BuiltInConstraints}) or one with its own
 * validator ({@link DeclaredValidators}), together with the constraints it is composed of. A
 * constraint it cannot evaluate exactly (another group than the default, value unwrapping, an
 * unknown built-in) compiles to nothing.
 */
final class ConstraintChecks {

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
    static Compiled all(Collection<? extends ConstraintDescriptor<?>> constraints, Class<?> declaredType) {
        List<ValueCheck> checks = new ArrayList<>();
        boolean leftOut = false;
        for (ConstraintDescriptor<?> constraint : constraints) {
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
    static @Nullable ValueCheck of(ConstraintDescriptor<?> constraint, Class<?> declaredType) {
        if (!constraint.getGroups().equals(Set.of(Default.class))
                || constraint.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP) {
            return null;
        }
        ValueCheck own = own(constraint, declaredType);
        if (own == null) {
            return null;
        }
        if (constraint.getComposingConstraints().isEmpty()) {
            return own;
        }
        List<ValueCheck> parts = new ArrayList<>();
        parts.add(own);
        for (ConstraintDescriptor<?> composing : constraint.getComposingConstraints()) {
            ValueCheck check = of(composing, declaredType);
            if (check == null) {
                return null;
            }
            parts.add(check);
        }
        return ValueCheck.allOf(parts.toArray(ValueCheck[]::new));
    }

    private static @Nullable ValueCheck own(ConstraintDescriptor<?> constraint, Class<?> declaredType) {
        Class<? extends Annotation> type = constraint.getAnnotation().annotationType();
        ValueCheck builtIn = BuiltInConstraints.of(type, constraint.getAttributes());
        if (builtIn != null) {
            return builtIn;
        }
        List<? extends Class<? extends ConstraintValidator<?, ?>>> validators = constraint.getConstraintValidatorClasses();
        if (!validators.isEmpty() && !type.getName().startsWith("jakarta.validation.")) {
            return DeclaredValidators.of(constraint.getAnnotation(), validators, declaredType);
        }
        // @Email and the other built-ins: left to Hibernate Validator.
        return null;
    }
}
