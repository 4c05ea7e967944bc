package org.interagency.agreements.core.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.GroupSequence;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import jakarta.validation.valueextraction.Unwrapping;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.interagency.agreements.core.internal.BeanPlan.ConstraintPlan;
import org.interagency.agreements.core.internal.BeanPlan.ElementPlan;
import org.interagency.agreements.core.internal.BeanPlan.PropertyPlan;
import org.jspecify.annotations.Nullable;

import java.lang.annotation.Annotation;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link BeanPlan} of a record read from its annotations, the way Hibernate Validator reads
 * them, without starting Hibernate Validator: starting it and reading its metadata for the classes
 * of an agreement took more than half of a short {@code agreements check}.
 *
 * <p>It reads what Bean Validation's {@code validate} sees of a record in the default
 * configuration: the constraint annotations on the class, and on each record component's field
 * and on the type arguments of its type ({@code List<@ElementId String>}), and {@code @Valid}
 * there. Wherever Hibernate Validator could see more, or reads it in a way this class does not
 * repeat, it gives up ({@link #of} returns {@code null}) and the precheck asks Hibernate Validator:
 * a composed constraint, a group conversion, a group sequence, a constraint that is only a type
 * annotation of the field, a constrained method other than a record accessor (or an accessor
 * Hibernate Validator takes for a getter, such as {@code isActive()}), a constrained interface,
 * an annotation it cannot read. Configuration that changes what Hibernate Validator sees
 * ({@code META-INF/validation.xml}, constraint validators, value extractors or constraint mappings
 * added as services) is detected by {@link #configurationFree}, and then no class is read here.
 */
final class AnnotationPlans {

    /** Services through which Hibernate Validator adds constraints, validators or value extractors. */
    private static final List<String> SERVICES = List.of(
            "jakarta.validation.ConstraintValidator",
            "jakarta.validation.valueextraction.ValueExtractor",
            "org.hibernate.validator.spi.cfg.ConstraintMappingContributor");

    private AnnotationPlans() {
    }

    /**
     * Whether nothing outside the annotations can change what Hibernate Validator checks: no
     * {@code META-INF/validation.xml} and no service above, on {@code loaders} (those Hibernate
     * Validator looks in) nor in the modules of the boot layer.
     */
    static boolean configurationFree(List<ClassLoader> loaders) {
        for (ClassLoader loader : loaders) {
            if (loader.getResource("META-INF/validation.xml") != null) {
                return false;
            }
            for (String service : SERVICES) {
                if (loader.getResource("META-INF/services/" + service) != null) {
                    return false;
                }
            }
        }
        for (Module module : ModuleLayer.boot().modules()) {
            for (ModuleDescriptor.Provides provides : module.getDescriptor() == null
                    ? Set.<ModuleDescriptor.Provides>of() : module.getDescriptor().provides()) {
                if (SERVICES.contains(provides.service())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The plan of record {@code type}, or {@code null} where only Hibernate Validator can tell. */
    static @Nullable BeanPlan of(Class<?> type) {
        try {
            return read(type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static @Nullable BeanPlan read(Class<?> type) throws ReflectiveOperationException {
        if (!type.isRecord() || type.isAnnotationPresent(GroupSequence.class)
                || type.isAnnotationPresent(GroupSequenceProvider.class) || !interfacesUnconstrained(type)
                || !methodsIgnored(type)) {
            return null;
        }
        List<ConstraintPlan> classConstraints = constraints(type.getDeclaredAnnotations());
        if (classConstraints == null) {
            return null;
        }
        List<PropertyPlan> properties = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                // Bean Validation ignores static fields.
                continue;
            }
            PropertyPlan property = property(field);
            if (property == null) {
                return null;
            }
            if (property.cascaded() || !property.constraints().isEmpty() || !property.elements().isEmpty()) {
                properties.add(property);
            }
        }
        return new BeanPlan(classConstraints, properties);
    }

    /** The plan of one field, constrained or not; {@code null} if only Hibernate Validator can tell. */
    private static @Nullable PropertyPlan property(Field field) throws ReflectiveOperationException {
        List<ConstraintPlan> constraints = constraints(field.getDeclaredAnnotations());
        if (constraints == null || field.isAnnotationPresent(ConvertGroup.class)
                || field.isAnnotationPresent(ConvertGroup.List.class)) {
            return null;
        }
        AnnotatedType type = field.getAnnotatedType();
        // A constraint annotation with TYPE_USE on a record component is both a declaration and a
        // type annotation of the field; one that is only the latter is read by no rule here.
        List<Annotation> declared = Arrays.asList(field.getDeclaredAnnotations());
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            if (validationRelevant(annotation) && !declared.contains(annotation)) {
                return null;
            }
        }
        List<ElementPlan> elements = new ArrayList<>();
        if (type instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                ElementPlan element = element(field.getType(), i, arguments[i]);
                if (element == null) {
                    return null;
                }
                if (element.cascaded() || element.nested() || !element.constraints().isEmpty()) {
                    elements.add(element);
                }
            }
        } else if (type instanceof AnnotatedArrayType array && bearsValidation(array.getAnnotatedGenericComponentType())) {
            return null;
        } else if (!(field.getGenericType() instanceof Class<?>) && bearsValidation(type)) {
            return null;
        }
        return new PropertyPlan(field.getName(), field.getType(), field.isAnnotationPresent(Valid.class), constraints, elements);
    }

    /** The plan of type argument {@code index} of {@code container}; {@code null} if only Hibernate Validator can tell. */
    private static @Nullable ElementPlan element(Class<?> container, int index, AnnotatedType argument)
            throws ReflectiveOperationException {
        List<ConstraintPlan> constraints = constraints(argument.getDeclaredAnnotations());
        if (constraints == null || argument.isAnnotationPresent(ConvertGroup.class)
                || argument.isAnnotationPresent(ConvertGroup.List.class)) {
            return null;
        }
        boolean cascaded = argument.isAnnotationPresent(Valid.class);
        Type declared = argument.getType();
        Class<?> raw = declared instanceof Class<?> plain ? plain
                : declared instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> rawType
                ? rawType : null;
        if (raw == null) {
            // A wildcard or a type variable: nothing here may bear on validation.
            return bearsValidation(argument) ? null : new ElementPlan(container, index, Object.class, false, List.of(), false);
        }
        boolean nested = false;
        if (argument instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType inner : parameterized.getAnnotatedActualTypeArguments()) {
                nested |= bearsValidation(inner);
            }
        } else if (argument instanceof AnnotatedArrayType array) {
            nested = bearsValidation(array.getAnnotatedGenericComponentType());
        }
        return new ElementPlan(container, index, raw, cascaded, constraints, nested);
    }

    /**
     * Whether no interface {@code type} implements, directly or not, declares a constraint or a
     * cascade (those of the JDK declare none).
     */
    private static boolean interfacesUnconstrained(Class<?> type) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (implemented.getName().startsWith("java.")) {
                continue;
            }
            if (bearsValidation(implemented) || !interfacesUnconstrained(implemented)) {
                return false;
            }
            for (Method method : implemented.getDeclaredMethods()) {
                if (bearsValidation(method) || bearsValidation(method.getAnnotatedReturnType())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether Hibernate Validator's {@code validate} ignores every method of record {@code type}:
     * each constrained or cascaded one is a record accessor that is not named like a getter
     * ({@code getX}, {@code isX}, {@code hasX}). Accessors carry the annotations of their
     * component, but Bean Validation reads properties from fields and getters only.
     */
    private static boolean methodsIgnored(Class<?> type) {
        Set<String> components = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.add(component.getName());
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.isSynthetic() || method.isBridge()) {
                continue;
            }
            if (!bearsValidation(method) && !bearsValidation(method.getAnnotatedReturnType())) {
                continue;
            }
            String name = method.getName();
            boolean accessor = method.getParameterCount() == 0 && components.contains(name);
            if (!accessor || name.startsWith("get") || name.startsWith("is") || name.startsWith("has")) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code element} carries an annotation that bears on validation. */
    private static boolean bearsValidation(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            if (validationRelevant(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code type} or any type nested in it carries an annotation that bears on validation. */
    private static boolean bearsValidation(AnnotatedType type) {
        if (bearsValidation((AnnotatedElement) type)) {
            return true;
        }
        List<AnnotatedType> inner = new ArrayList<>();
        if (type instanceof AnnotatedParameterizedType parameterized) {
            inner.addAll(Arrays.asList(parameterized.getAnnotatedActualTypeArguments()));
        } else if (type instanceof AnnotatedArrayType array) {
            inner.add(array.getAnnotatedGenericComponentType());
        } else if (type instanceof AnnotatedWildcardType wildcard) {
            inner.addAll(Arrays.asList(wildcard.getAnnotatedUpperBounds()));
            inner.addAll(Arrays.asList(wildcard.getAnnotatedLowerBounds()));
        }
        for (AnnotatedType each : inner) {
            if (bearsValidation(each)) {
                return true;
            }
        }
        return false;
    }

    /** A constraint, a list of constraints, a cascade or a group conversion. */
    private static boolean validationRelevant(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return type == Valid.class || type == ConvertGroup.class || type == ConvertGroup.List.class
                || type.isAnnotationPresent(Constraint.class) || listedConstraint(type) != null;
    }

    /**
     * The constraints among {@code annotations}, those of a list such as {@code @Size.List}
     * included; {@code null} if one of them is composed of others (which only Hibernate Validator
     * reads).
     */
    private static @Nullable List<ConstraintPlan> constraints(Annotation[] annotations) throws ReflectiveOperationException {
        List<ConstraintPlan> plans = new ArrayList<>();
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.isAnnotationPresent(Constraint.class)) {
                ConstraintPlan plan = constraint(annotation);
                if (plan == null) {
                    return null;
                }
                plans.add(plan);
            } else {
                Method list = listedConstraint(type);
                if (list != null) {
                    List<ConstraintPlan> listed = constraints((Annotation[]) list.invoke(annotation));
                    if (listed == null) {
                        return null;
                    }
                    plans.addAll(listed);
                }
            }
        }
        return plans;
    }

    /**
     * The {@code value()} of an annotation type that holds a list of constraints (Bean
     * Validation's multi-valued constraints), or {@code null} for any other.
     */
    private static @Nullable Method listedConstraint(Class<? extends Annotation> type) {
        // Looked for among the declared methods rather than with getMethod("value"): most
        // annotation types have none, and each miss would throw.
        for (Method value : type.getDeclaredMethods()) {
            Class<?> returned = value.getReturnType();
            if (value.getName().equals("value") && returned.isArray() && returned.getComponentType().isAnnotation()
                    && returned.getComponentType().isAnnotationPresent(Constraint.class)) {
                return value;
            }
        }
        return null;
    }

    /** The plan of one constraint; {@code null} if it is composed of other constraints. */
    private static @Nullable ConstraintPlan constraint(Annotation annotation) throws ReflectiveOperationException {
        Class<? extends Annotation> type = annotation.annotationType();
        for (Annotation meta : type.getDeclaredAnnotations()) {
            Class<? extends Annotation> metaType = meta.annotationType();
            if (metaType.isAnnotationPresent(Constraint.class) || listedConstraint(metaType) != null) {
                return null;
            }
        }
        Class<?>[] groups = (Class<?>[]) type.getMethod("groups").invoke(annotation);
        @SuppressWarnings("unchecked")
        Class<? extends Payload>[] payload = (Class<? extends Payload>[]) type.getMethod("payload").invoke(annotation);
        List<Class<? extends Payload>> payloads = Arrays.asList(payload);
        ValidateUnwrappedValue unwrapping = payloads.contains(Unwrapping.Unwrap.class) ? ValidateUnwrappedValue.UNWRAP
                : payloads.contains(Unwrapping.Skip.class) ? ValidateUnwrappedValue.SKIP : ValidateUnwrappedValue.DEFAULT;
        List<Class<? extends ConstraintValidator<?, ?>>> validators =
                Arrays.asList(type.getAnnotation(Constraint.class).validatedBy());
        return new ConstraintPlan(annotation, groups.length == 0 ? Set.of(Default.class) : Set.of(groups), unwrapping,
                validators, List.of());
    }
}
