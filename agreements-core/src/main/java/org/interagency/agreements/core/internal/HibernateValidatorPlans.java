package org.interagency.agreements.core.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.interagency.agreements.core.internal.BeanPlan.ConstraintPlan;
import org.interagency.agreements.core.internal.BeanPlan.ElementPlan;
import org.interagency.agreements.core.internal.BeanPlan.PropertyPlan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The {@link BeanPlan} of a class as Hibernate Validator's own metadata describes it. */
final class HibernateValidatorPlans {

    /** The package of Hibernate Validator's validators of the built-in constraints. */
    private static final String BUILT_IN_VALIDATORS = "org.hibernate.validator.internal.constraintvalidators.";

    private HibernateValidatorPlans() {
    }

    /** The plan of {@code type}, from {@link Validator#getConstraintsForClass}. */
    static BeanPlan of(Validator validator, Class<?> type) {
        BeanDescriptor descriptor = validator.getConstraintsForClass(type);
        List<PropertyPlan> properties = new ArrayList<>();
        for (PropertyDescriptor property : descriptor.getConstrainedProperties()) {
            List<ElementPlan> elements = new ArrayList<>();
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                elements.add(new ElementPlan(element.getContainerClass(), element.getTypeArgumentIndex(),
                        element.getElementClass(), element.isCascaded(), constraints(element.getConstraintDescriptors()),
                        !element.getConstrainedContainerElementTypes().isEmpty()));
            }
            properties.add(new PropertyPlan(property.getPropertyName(), property.getElementClass(),
                    property.isCascaded(), constraints(property.getConstraintDescriptors()), elements));
        }
        return new BeanPlan(constraints(descriptor.getConstraintDescriptors()), properties);
    }

    private static List<ConstraintPlan> constraints(Collection<? extends ConstraintDescriptor<?>> descriptors) {
        List<ConstraintPlan> plans = new ArrayList<>();
        for (ConstraintDescriptor<?> descriptor : descriptors) {
            List<Class<? extends ConstraintValidator<?, ?>>> validators = new ArrayList<>();
            for (Class<? extends ConstraintValidator<?, ?>> validator : descriptor.getConstraintValidatorClasses()) {
                // Its own validators of the built-in constraints, which no annotation names: the
                // precheck evaluates those constraints itself.
                if (!validator.getName().startsWith(BUILT_IN_VALIDATORS)) {
                    validators.add(validator);
                }
            }
            plans.add(new ConstraintPlan(descriptor.getAnnotation(), descriptor.getGroups(), descriptor.getValueUnwrapping(),
                    validators, constraints(descriptor.getComposingConstraints())));
        }
        return plans;
    }
}
