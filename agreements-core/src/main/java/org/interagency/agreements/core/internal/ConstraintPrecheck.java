package org.interagency.agreements.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.jspecify.annotations.Nullable;

import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A quick proof that a record graph has no constraint violation, compiled from Hibernate
 * Validator's own metadata, so that the common case (a valid agreement) does not pay for Hibernate
 * Validator's per-bean machinery.
 *
 * <p>The check is one-sided. {@link #provesValid(Object)} returns {@code true} only when it has
 * evaluated every constraint Hibernate Validator would evaluate for {@link Validator#validate}
 * in the default group, on every bean it would cascade to, and each one held. Whenever it cannot
 * decide (a constraint it does not know, a bean that is not a record, a group sequence, value
 * unwrapping, a validator that looks at its context, an exception) it answers {@code false}, and
 * the caller runs Hibernate Validator, which then produces every violation with its own messages
 * and paths. So a report never differs from the one Hibernate Validator alone would give; only
 * the time to reach it does.
 *
 * <p>What it evaluates itself: the built-in {@code @NotNull}, {@code @NotBlank},
 * {@code @NotEmpty}, {@code @Size}, {@code @Pattern}, {@code @Positive} and
 * {@code @PositiveOrZero} on the value types Hibernate Validator supports for them here (text,
 * collections, maps, whole numbers, {@code BigDecimal}, {@code BigInteger}), with Hibernate
 * Validator's semantics; a constraint that names its own validator classes (ours), by running
 * that validator; cascades ({@code @Valid}) into records and into the elements of lists and sets.
 * A constraint it cannot evaluate on a property (such as {@code @Email}) is left to
 * {@link Validator#validateProperty} for that one property, which is exact and still cheap.
 * Metadata is read once per class and cached; the cache holds only classes reached from the
 * validated types.
 *
 * <p>Thread-safe: the compiled checks are immutable, and the constraint validators it runs are
 * stateless after {@code initialize}, as Bean Validation requires of validators it shares.
 */
final class ConstraintPrecheck {

    private final Validator validator;
    private final Map<Class<?>, BeanCheck> beans = new ConcurrentHashMap<>();

    ConstraintPrecheck(Validator validator) {
        this.validator = validator;
    }

    /**
     * Whether {@code bean} provably satisfies every constraint that {@code validator.validate(bean)}
     * would check; {@code false} means "not proven", not "invalid".
     */
    boolean provesValid(Object bean) {
        try {
            return beanHolds(bean);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The properties, as {@code Type.property}, whose constraints this check leaves to
     * {@link Validator#validateProperty}, among the classes reached from {@code root}; and the
     * classes it cannot check at all, as {@code Type}. For tests and documentation.
     */
    Set<String> delegatedFrom(Class<?> root) {
        Set<String> delegated = new TreeSet<>();
        collectDelegated(root, delegated, new HashSet<>());
        return delegated;
    }

    private void collectDelegated(Class<?> type, Set<String> out, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        BeanCheck check = beanCheck(type);
        if (check.unprovable) {
            out.add(type.getSimpleName());
            return;
        }
        for (PropertyCheck property : check.properties) {
            if (property.delegate) {
                out.add(type.getSimpleName() + "." + property.name);
            }
            if (property.cascadeType != null) {
                collectDelegated(property.cascadeType, out, seen);
            }
        }
    }

    private boolean beanHolds(Object bean) {
        return beanHolds(beanCheck(bean.getClass()), bean);
    }

    private boolean beanHolds(BeanCheck check, Object bean) {
        if (check.unprovable) {
            return false;
        }
        for (ValueCheck classCheck : check.classChecks) {
            if (!classCheck.holds(bean)) {
                return false;
            }
        }
        for (PropertyCheck property : check.properties) {
            if (!property.holds(bean)) {
                return false;
            }
        }
        return true;
    }

    private BeanCheck beanCheck(Class<?> type) {
        BeanCheck check = beans.get(type);
        if (check == null) {
            // Compiled outside computeIfAbsent: compiling reaches other classes, and a mapping
            // function must not modify the map. Two threads may compile the same class; both
            // results are equal and either may win.
            check = compile(type);
            BeanCheck raced = beans.putIfAbsent(type, check);
            if (raced != null) {
                check = raced;
            }
        }
        return check;
    }

    private BeanCheck compile(Class<?> type) {
        if (!type.isRecord()
                || type.isAnnotationPresent(GroupSequence.class)
                || type.isAnnotationPresent(GroupSequenceProvider.class)) {
            return BeanCheck.UNPROVABLE;
        }
        BeanDescriptor descriptor = validator.getConstraintsForClass(type);
        List<ValueCheck> classChecks = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : descriptor.getConstraintDescriptors()) {
            ValueCheck check = constraintCheck(constraint, type);
            if (check == null) {
                return BeanCheck.UNPROVABLE;
            }
            classChecks.add(check);
        }
        List<PropertyCheck> properties = new ArrayList<>();
        for (PropertyDescriptor property : descriptor.getConstrainedProperties()) {
            PropertyCheck check = propertyCheck(type, property);
            if (check == null) {
                return BeanCheck.UNPROVABLE;
            }
            properties.add(check);
        }
        return new BeanCheck(false, classChecks.toArray(ValueCheck[]::new), properties.toArray(PropertyCheck[]::new));
    }

    private @Nullable PropertyCheck propertyCheck(Class<?> type, PropertyDescriptor property) {
        Function<Object, @Nullable Object> accessor = accessor(type, property.getPropertyName());
        if (accessor == null) {
            return null;
        }
        Class<?> valueType = property.getElementClass();
        boolean delegate = false;
        List<ValueCheck> checks = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
            ValueCheck check = constraintCheck(constraint, valueType);
            if (check == null) {
                delegate = true;
            } else {
                checks.add(check);
            }
        }
        boolean container = Iterable.class.isAssignableFrom(valueType) || Map.class.isAssignableFrom(valueType)
                || valueType.isArray() || valueType.getName().startsWith("java.util.Optional");
        Class<?> cascadeType = null;
        boolean cascadeElements = false;
        List<ValueCheck> elementChecks = new ArrayList<>();
        if (property.isCascaded()) {
            if (container) {
                return null;
            }
            cascadeType = valueType;
        }
        for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
            if (!(List.class.equals(element.getContainerClass()) || Set.class.equals(element.getContainerClass()))
                    || !element.getConstrainedContainerElementTypes().isEmpty()) {
                return null;
            }
            for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
                ValueCheck check = constraintCheck(constraint, element.getElementClass());
                if (check == null) {
                    delegate = true;
                } else {
                    elementChecks.add(check);
                }
            }
            if (element.isCascaded()) {
                cascadeElements = true;
                cascadeType = element.getElementClass();
            }
        }
        if (!container && (!elementChecks.isEmpty() || cascadeElements)) {
            return null;
        }
        return new PropertyCheck(property.getPropertyName(), accessor, checks.toArray(ValueCheck[]::new),
                elementChecks.toArray(ValueCheck[]::new), cascadeType, cascadeElements, delegate);
    }

    /**
     * The accessor of record component {@code name} as a function: a small class made by
     * {@link LambdaMetafactory}, which the JIT calls like any interface method; a method handle
     * held in a field is not a constant to it, and each call went through the handle's checks.
     */
    private static @Nullable Function<Object, @Nullable Object> accessor(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    MethodHandles.Lookup lookup = MethodHandles.lookup();
                    MethodHandle target = lookup.unreflect(component.getAccessor());
                    MethodType instantiated = MethodType.methodType(component.getType(), record).wrap();
                    CallSite site = LambdaMetafactory.metafactory(lookup, "apply",
                            MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                            target, instantiated);
                    @SuppressWarnings("unchecked")
                    Function<Object, @Nullable Object> function =
                            (Function<Object, @Nullable Object>) site.getTarget().invoke();
                    return function;
                } catch (Error e) {
                    throw e;
                } catch (Throwable e) {
                    // Not accessible from here, or not convertible: the class is then left to
                    // Hibernate Validator.
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * A check of one constraint on values declared as {@code declaredType}, or {@code null} if
     * this class cannot evaluate it exactly.
     */
    private @Nullable ValueCheck constraintCheck(ConstraintDescriptor<?> constraint, Class<?> declaredType) {
        if (!constraint.getGroups().equals(Set.of(Default.class))
                || constraint.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP) {
            return null;
        }
        List<ValueCheck> parts = new ArrayList<>();
        ValueCheck own = ownCheck(constraint, declaredType);
        if (own == null) {
            return null;
        }
        parts.add(own);
        for (ConstraintDescriptor<?> composing : constraint.getComposingConstraints()) {
            ValueCheck check = constraintCheck(composing, declaredType);
            if (check == null) {
                return null;
            }
            parts.add(check);
        }
        if (parts.size() == 1) {
            return own;
        }
        ValueCheck[] all = parts.toArray(ValueCheck[]::new);
        return value -> {
            for (ValueCheck check : all) {
                if (!check.holds(value)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static @Nullable ValueCheck ownCheck(ConstraintDescriptor<?> constraint, Class<?> declaredType) {
        Class<? extends Annotation> type = constraint.getAnnotation().annotationType();
        Map<String, Object> attributes = constraint.getAttributes();
        if (type == NotNull.class) {
            return value -> value != null;
        }
        if (type == NotBlank.class) {
            // Hibernate Validator 9.1: not null and not String.isBlank().
            return value -> value != null && !text(value).toString().isBlank();
        }
        if (type == NotEmpty.class) {
            return value -> value != null && size(value) > 0;
        }
        if (type == Size.class) {
            int min = (Integer) attributes.get("min");
            int max = (Integer) attributes.get("max");
            return value -> {
                if (value == null) {
                    return true;
                }
                int size = size(value);
                return size >= min && size <= max;
            };
        }
        if (type == Pattern.class) {
            int flags = 0;
            for (Pattern.Flag flag : (Pattern.Flag[]) attributes.get("flags")) {
                flags |= flag.getValue();
            }
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile((String) attributes.get("regexp"), flags);
            return value -> value == null || pattern.matcher(text(value)).matches();
        }
        if (type == Positive.class) {
            return value -> value == null || sign(value) > 0;
        }
        if (type == PositiveOrZero.class) {
            return value -> value == null || sign(value) >= 0;
        }
        List<? extends Class<? extends ConstraintValidator<?, ?>>> validators = constraint.getConstraintValidatorClasses();
        if (!validators.isEmpty() && !type.getName().startsWith("jakarta.validation.")) {
            return validatorCheck(constraint.getAnnotation(), validators, declaredType);
        }
        // @Email and the other built-ins: left to Hibernate Validator.
        return null;
    }

    /**
     * Runs the one validator, among a constraint's own, that applies to values declared as
     * {@code declaredType}: the validator for a type the declared type is assignable to. Where
     * none or several apply, Hibernate Validator's own resolution (the most specific type)
     * decides, so the check is left to it.
     */
    private static @Nullable ValueCheck validatorCheck(Annotation annotation,
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
        ConstraintValidator<Annotation, Object> validator;
        try {
            @SuppressWarnings("unchecked")
            ConstraintValidator<Annotation, Object> created =
                    (ConstraintValidator<Annotation, Object>) applicable.getDeclaredConstructor().newInstance();
            validator = created;
            validator.initialize(annotation);
        } catch (ReflectiveOperationException | RuntimeException e) {
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

    private static CharSequence text(Object value) {
        if (value instanceof CharSequence text) {
            return text;
        }
        throw Undecided.INSTANCE;
    }

    private static int size(Object value) {
        // String first: a test against a final class is one compare; against an interface, a search.
        if (value instanceof String text) {
            return text.length();
        }
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        throw Undecided.INSTANCE;
    }

    private static int sign(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Long.signum(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum();
        }
        if (value instanceof BigInteger integer) {
            return integer.signum();
        }
        throw Undecided.INSTANCE;
    }

    /** One constraint on one value; may throw {@link Undecided}. */
    @FunctionalInterface
    private interface ValueCheck {
        boolean holds(@Nullable Object value);
    }

    /** The compiled checks of one class. */
    private static final class BeanCheck {
        static final BeanCheck UNPROVABLE = new BeanCheck(true, new ValueCheck[0], new PropertyCheck[0]);

        final boolean unprovable;
        final ValueCheck[] classChecks;
        final PropertyCheck[] properties;

        BeanCheck(boolean unprovable, ValueCheck[] classChecks, PropertyCheck[] properties) {
            this.unprovable = unprovable;
            this.classChecks = classChecks;
            this.properties = properties;
        }
    }

    /** The constraints and cascades of one record component. */
    private final class PropertyCheck {
        final String name;
        final Function<Object, @Nullable Object> accessor;
        final ValueCheck[] checks;
        final ValueCheck[] elementChecks;
        final @Nullable Class<?> cascadeType;
        final boolean cascadeElements;
        final boolean delegate;
        /**
         * The check of {@link #cascadeType} once first needed, when that class is final (a record
         * is) and so is the class of every value cascaded to; otherwise each value's class is
         * looked up. Set without a lock: a {@link BeanCheck} is immutable, with final fields,
         * so a thread sees either {@code null} or a complete one.
         */
        private @Nullable BeanCheck cascadeCheck;

        PropertyCheck(String name, Function<Object, @Nullable Object> accessor, ValueCheck[] checks,
                ValueCheck[] elementChecks, @Nullable Class<?> cascadeType, boolean cascadeElements, boolean delegate) {
            this.name = name;
            this.accessor = accessor;
            this.checks = checks;
            this.elementChecks = elementChecks;
            this.cascadeType = cascadeType;
            this.cascadeElements = cascadeElements;
            this.delegate = delegate;
        }

        boolean holds(Object bean) {
            if (delegate && !validator.validateProperty(bean, name).isEmpty()) {
                return false;
            }
            Object value = accessor.apply(bean);
            for (ValueCheck check : checks) {
                if (!check.holds(value)) {
                    return false;
                }
            }
            if (value == null) {
                return true;
            }
            if (elementChecks.length > 0 || cascadeElements) {
                for (Object element : (Iterable<?>) value) {
                    for (ValueCheck check : elementChecks) {
                        if (!check.holds(element)) {
                            return false;
                        }
                    }
                    if (cascadeElements && element != null && !cascade(element)) {
                        return false;
                    }
                }
            } else if (cascadeType != null && !cascade(value)) {
                return false;
            }
            return true;
        }

        private boolean cascade(Object value) {
            Class<?> type = cascadeType;
            if (type == null || !Modifier.isFinal(type.getModifiers()) || value.getClass() != type) {
                return beanHolds(value);
            }
            BeanCheck check = cascadeCheck;
            if (check == null) {
                check = beanCheck(type);
                cascadeCheck = check;
            }
            return beanHolds(check, value);
        }
    }

    /** Thrown when the check cannot decide; the caller then asks Hibernate Validator. */
    private static final class Undecided extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Undecided INSTANCE = new Undecided();

        private Undecided() {
            super("undecided", null, false, false);
        }
    }

    /**
     * The context handed to constraint validators: a validator that only returns {@code true} or
     * {@code false} never touches it; one that does (to build its own violation, or for the
     * clock) makes the check undecided, and Hibernate Validator runs it with a real context.
     */
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
        public jakarta.validation.ClockProvider getClockProvider() {
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
