package org.interagency.agreements.core.internal;

import org.interagency.agreements.core.internal.BeanPlan.ElementPlan;
import org.interagency.agreements.core.internal.BeanPlan.PropertyPlan;
import org.jspecify.annotations.Nullable;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The compiled constraints and cascades of one record component, for {@link ConstraintPrecheck}:
 * the constraints on the value, those on the elements of a list or set, the cascade into the
 * value or into its elements, and whether some constraint is left to
 * {@code Validator.validateProperty} (see {@link #delegate}).
 */
final class PropertyCheck {

    private final ConstraintPrecheck precheck;
    /** The component's name. */
    final String name;
    private final Function<Object, @Nullable Object> accessor;
    private final ValueCheck[] checks;
    private final ValueCheck[] elementChecks;
    /** The class of the value, or of its elements, that the check cascades to; {@code null} for none. */
    final @Nullable Class<?> cascadeType;
    private final boolean cascadeElements;
    /** Whether some constraint of the component could not be compiled, and is checked by {@code Validator.validateProperty}. */
    final boolean delegate;
    /**
     * The check of {@link #cascadeType} once first needed, when that class is final (a record
     * is) and so is the class of every value cascaded to; otherwise each value's class is
     * looked up. Set without a lock: a {@link BeanCheck} is immutable, with final fields,
     * so a thread sees either {@code null} or a complete one.
     */
    private @Nullable BeanCheck cascadeCheck;

    private PropertyCheck(ConstraintPrecheck precheck, String name, Function<Object, @Nullable Object> accessor,
            ConstraintChecks.Compiled own, ConstraintChecks.Compiled elements, @Nullable Class<?> cascadeType,
            boolean cascadeElements) {
        this.precheck = precheck;
        this.name = name;
        this.accessor = accessor;
        this.checks = own.checks();
        this.elementChecks = elements.checks();
        this.cascadeType = cascadeType;
        this.cascadeElements = cascadeElements;
        this.delegate = own.leftOut() || elements.leftOut();
    }

    /**
     * The check of {@code property} of record {@code type}, or {@code null} if the precheck
     * cannot evaluate it: an accessor it cannot call, a cascade into a container declared on the
     * property itself, constraints on the elements of a container other than a list or a set.
     */
    static @Nullable PropertyCheck compile(ConstraintPrecheck precheck, Class<?> type, PropertyPlan property) {
        Function<Object, @Nullable Object> accessor = accessor(type, property.name());
        Class<?> valueType = property.type();
        boolean container = isContainer(valueType);
        if (accessor == null || property.cascaded() && container) {
            return null;
        }
        ConstraintChecks.Compiled own = ConstraintChecks.all(property.constraints(), valueType);
        ConstraintChecks.Compiled elements = ConstraintChecks.Compiled.NONE;
        Class<?> cascadeType = property.cascaded() ? valueType : null;
        boolean cascadeElements = false;
        for (ElementPlan element : property.elements()) {
            Class<?> containerClass = element.container();
            if (!(List.class.equals(containerClass) || Set.class.equals(containerClass)) || element.nested()) {
                return null;
            }
            elements = elements.and(ConstraintChecks.all(element.constraints(), element.type()));
            if (element.cascaded()) {
                cascadeElements = true;
                cascadeType = element.type();
            }
        }
        if (!container && (elements.checks().length > 0 || cascadeElements)) {
            return null;
        }
        return new PropertyCheck(precheck, property.name(), accessor, own, elements, cascadeType, cascadeElements);
    }

    private static boolean isContainer(Class<?> type) {
        return Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type.isArray() || type.getName().startsWith("java.util.Optional");
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

    /** Whether the component of {@code bean} provably satisfies its constraints, and the beans it cascades to theirs. */
    boolean holds(Object bean) {
        if (delegate && precheck.violatesProperty(bean, name)) {
            return false;
        }
        Object value = accessor.apply(bean);
        if (!ValueCheck.holdsForAll(checks, value)) {
            return false;
        }
        if (value == null) {
            return true;
        }
        if (elementChecks.length > 0 || cascadeElements) {
            return elementsHold((Iterable<?>) value);
        }
        return cascadeType == null || cascade(value);
    }

    private boolean elementsHold(Iterable<?> elements) {
        for (Object element : elements) {
            if (!ValueCheck.holdsForAll(elementChecks, element)) {
                return false;
            }
            if (cascadeElements && element != null && !cascade(element)) {
                return false;
            }
        }
        return true;
    }

    private boolean cascade(Object value) {
        Class<?> type = cascadeType;
        if (type == null || !Modifier.isFinal(type.getModifiers()) || value.getClass() != type) {
            return precheck.beanCheck(value.getClass()).holds(value);
        }
        BeanCheck check = cascadeCheck;
        if (check == null) {
            check = precheck.beanCheck(type);
            cascadeCheck = check;
        }
        return check.holds(value);
    }
}
