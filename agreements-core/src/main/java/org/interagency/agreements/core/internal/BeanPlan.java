package org.interagency.agreements.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.metadata.ValidateUnwrappedValue;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

/**
 * What {@link ConstraintPrecheck} needs to know of one class's constraints: its class-level
 * constraints and its constrained or cascaded properties. Read from Hibernate Validator's metadata
 * ({@link HibernateValidatorPlans}) or, without starting Hibernate Validator, from the record's
 * annotations ({@link AnnotationPlans}); the two readings of a model class are equal but for the
 * order of their lists, which means nothing ({@code BeanPlanTest}).
 *
 * <p>Lists rather than sets, so that making a plan hashes nothing: the first {@code hashCode} of
 * each record class is bootstrapped through method handles, a cost a short command notices.
 *
 * @param classConstraints the constraints declared on the class
 * @param properties the constrained or cascaded properties
 */
record BeanPlan(List<ConstraintPlan> classConstraints, List<PropertyPlan> properties) {

    BeanPlan {
        classConstraints = List.copyOf(classConstraints);
        properties = List.copyOf(properties);
    }

    /**
     * One constraint.
     *
     * @param annotation the constraint annotation, with the values of its attributes
     * @param groups the groups it belongs to ({@code Default} for none declared)
     * @param unwrapping whether the value is unwrapped before it is checked
     * @param validators the validator classes its definition names ({@code validatedBy})
     * @param composing the constraints it is composed of
     */
    record ConstraintPlan(Annotation annotation, Set<Class<?>> groups, ValidateUnwrappedValue unwrapping,
            List<Class<? extends ConstraintValidator<?, ?>>> validators, List<ConstraintPlan> composing) {

        ConstraintPlan {
            groups = Set.copyOf(groups);
            validators = List.copyOf(validators);
            composing = List.copyOf(composing);
        }
    }

    /**
     * One property (a record component).
     *
     * @param name its name
     * @param type its declared type, without type arguments
     * @param cascaded whether validation cascades into its value ({@code @Valid} on the property)
     * @param constraints the constraints on its value
     * @param elements the constrained or cascaded type arguments of its type
     */
    record PropertyPlan(String name, Class<?> type, boolean cascaded, List<ConstraintPlan> constraints,
            List<ElementPlan> elements) {

        PropertyPlan {
            constraints = List.copyOf(constraints);
            elements = List.copyOf(elements);
        }
    }

    /**
     * One constrained or cascaded type argument of a container ({@code List<@Valid Party>}).
     *
     * @param container the container's class, such as {@code List}
     * @param index the index of the type argument
     * @param type the type argument, without its own type arguments
     * @param cascaded whether validation cascades into the elements
     * @param constraints the constraints on the elements
     * @param nested whether some type argument of the element type is itself constrained or cascaded
     */
    record ElementPlan(Class<?> container, int index, Class<?> type, boolean cascaded, List<ConstraintPlan> constraints,
            boolean nested) {

        ElementPlan {
            constraints = List.copyOf(constraints);
        }
    }
}
