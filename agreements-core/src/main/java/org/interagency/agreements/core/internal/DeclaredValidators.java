package org.interagency.agreements.core.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.HibernateValidator;
import org.jspecify.annotations.Nullable;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The constraints that name their own validator classes (ours), which {@link ConstraintPrecheck}
 * evaluates by running that validator, with a context that refuses every question: a validator
 * that only returns {@code true} or {@code false} never touches it; one that does (to build its
 * own violation, or for the clock) makes the check {@link Undecided}, and Hibernate Validator runs
 * it with a real context.
 */
final class DeclaredValidators {

    private DeclaredValidators() {
    }

    /**
     * Runs the one validator, among a constraint's own {@code classes}, that applies to values
     * declared as {@code declaredType}: the validator for a type the declared type is assignable
     * to. {@code null} where none or several apply (Hibernate Validator's own resolution, the most
     * specific type, then decides), or where the validator cannot be made.
     */
    static @Nullable ValueCheck of(Annotation annotation,
            List<? extends Class<? extends ConstraintValidator<?, ?>>> classes, Class<?> declaredType) {
        Class<? extends ConstraintValidator<?, ?>> applicable = null;
        for (Class<? extends ConstraintValidator<?, ?>> type : classes) {
            Class<?> target = validatedType(type);
            if (target == null) {
                return null;
            }
            if (target.isAssignableFrom(declaredType)) {
                if (applicable != null) {
                    return null;
                }
                applicable = type;
            }
        }
        if (applicable == null) {
            return null;
        }
        return running(annotation, applicable);
    }

    /**
     * Runs Hibernate Validator's own validator {@code className} of a built-in constraint, which
     * the caller has resolved for the declared type of the values, as Hibernate Validator would.
     * {@code null} where the class cannot be found or made.
     */
    static @Nullable ValueCheck hibernateValidators(Annotation annotation, String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, HibernateValidator.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        return ConstraintValidator.class.isAssignableFrom(type) ? running(annotation, type) : null;
    }

    private static @Nullable ValueCheck running(Annotation annotation, Class<?> type) {
        ConstraintValidator<Annotation, Object> validator;
        try {
            @SuppressWarnings("unchecked")
            ConstraintValidator<Annotation, Object> created =
                    (ConstraintValidator<Annotation, Object>) type.getDeclaredConstructor().newInstance();
            validator = created;
            validator.initialize(annotation);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
        return value -> validator.isValid(value, RefusingContext.INSTANCE);
    }

    /** The {@code T} of {@code ConstraintValidator<A, T>} that {@code type} implements directly. */
    private static @Nullable Class<?> validatedType(Class<?> type) {
        for (Type implemented : type.getGenericInterfaces()) {
            if (implemented instanceof ParameterizedType parameterized
                    && parameterized.getRawType() == ConstraintValidator.class
                    && parameterized.getActualTypeArguments()[1] instanceof Class<?> target) {
                return target;
            }
        }
        return null;
    }

    /** The context handed to the validators: every question makes the check undecided. */
    private static final class RefusingContext implements ConstraintValidatorContext {
        static final RefusingContext INSTANCE = new RefusingContext();

        @Override
        public void disableDefaultConstraintViolation() {
            throw Undecided.INSTANCE;
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            throw Undecided.INSTANCE;
        }

        @Override
        public ClockProvider getClockProvider() {
            throw Undecided.INSTANCE;
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
            throw Undecided.INSTANCE;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw Undecided.INSTANCE;
        }
    }
}
