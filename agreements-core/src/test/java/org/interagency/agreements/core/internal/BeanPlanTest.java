package org.interagency.agreements.core.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.internal.BeanPlan.ConstraintPlan;
import org.interagency.agreements.core.internal.BeanPlan.ElementPlan;
import org.interagency.agreements.core.internal.BeanPlan.PropertyPlan;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precheck reads a record's constraints from its annotations instead of starting Hibernate
 * Validator; what it reads must be what Hibernate Validator's own metadata says, or it must give
 * up. Hibernate Validator is the oracle here.
 */
class BeanPlanTest {

    private static final Validator HIBERNATE = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void readsEveryClassOfAnAgreementAsHibernateValidatorDoes() {
        Set<Class<?>> reached = new HashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(List.of(Agreement.class));
        while (!next.isEmpty()) {
            Class<?> type = next.pop();
            if (!reached.add(type)) {
                continue;
            }
            BeanPlan expected = HibernateValidatorPlans.of(HIBERNATE, type);
            assertThat(normal(AnnotationPlans.of(type))).as(type.getName()).isEqualTo(normal(expected));
            for (PropertyPlan property : expected.properties()) {
                if (property.cascaded()) {
                    next.add(property.type());
                }
                for (ElementPlan element : property.elements()) {
                    if (element.cascaded()) {
                        next.add(element.type());
                    }
                }
            }
        }
        // The model's records, not just the root: a cascade the walk missed would be a class unread.
        assertThat(reached).hasSizeGreaterThan(30);
    }

    /** A constraint on a whole object. */
    @Constraint(validatedBy = WholeValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Whole {
        String message() default "whole";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Accepts everything. */
    public static final class WholeValidator implements ConstraintValidator<Whole, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return true;
        }
    }

    /** A class-level constraint, repeated constraints, container elements and a cascade. */
    @Whole
    record Shapes(@Size(max = 3) @Size(min = 1) @NotNull(groups = Default.class) String name,
            @Size(max = 2) List<@NotBlank @Size(max = 4) String> tags,
            Map<@NotBlank String, @Valid @Nullable Shapes> byName,
            @Valid @Nullable Shapes parent,
            List<List<@NotBlank String>> nested,
            @Nullable String free) {
    }

    @Test
    void readsClassLevelListedAndContainerElementConstraintsAsHibernateValidatorDoes() {
        assertThat(normal(AnnotationPlans.of(Shapes.class))).isEqualTo(normal(HibernateValidatorPlans.of(HIBERNATE, Shapes.class)));
    }

    /** A constraint made of others. */
    @NotBlank
    @Size(max = 5)
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface ShortText {
        String message() default "short text";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A constraint that only a type annotation carries. */
    @Constraint(validatedBy = {})
    @Target(ElementType.TYPE_USE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface TypeOnly {
        String message() default "type only";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    interface Group {
    }

    record Composed(@ShortText String text) {
    }

    record OnTypeOnly(@TypeOnly String text) {
    }

    record Converted(@Valid @ConvertGroup(from = Default.class, to = Group.class) @Nullable Converted next) {
    }

    record GetterNamed(@NotBlank String isActive) {
    }

    record ExtraGetter(String text) {
        @NotBlank
        public String getShout() {
            return text.toUpperCase(java.util.Locale.ROOT);
        }
    }

    interface Named {
        @NotBlank
        String name();
    }

    record FromInterface(String name) implements Named {
    }

    @Test
    void leavesToHibernateValidatorWhatItReadsDifferently() {
        assertThat(AnnotationPlans.of(Composed.class)).as("composed constraint").isNull();
        assertThat(AnnotationPlans.of(OnTypeOnly.class)).as("type annotation only").isNull();
        assertThat(AnnotationPlans.of(Converted.class)).as("group conversion").isNull();
        assertThat(AnnotationPlans.of(GetterNamed.class)).as("accessor named like a getter").isNull();
        assertThat(AnnotationPlans.of(ExtraGetter.class)).as("constrained getter").isNull();
        assertThat(AnnotationPlans.of(FromInterface.class)).as("constrained interface").isNull();
        assertThat(AnnotationPlans.of(String.class)).as("not a record").isNull();
    }

    @Test
    void readsNothingWhereValidationXmlOrAServiceMayAddConstraints() {
        assertThat(AnnotationPlans.configurationFree(List.of(getClass().getClassLoader()))).isTrue();
        assertThat(AnnotationPlans.configurationFree(List.of(holding("META-INF/validation.xml")))).isFalse();
        assertThat(AnnotationPlans.configurationFree(List.of(holding("META-INF/services/jakarta.validation.ConstraintValidator"))))
                .isFalse();
        assertThat(AnnotationPlans.configurationFree(List.of(
                holding("META-INF/services/jakarta.validation.valueextraction.ValueExtractor")))).isFalse();
    }

    /** A class loader that holds one resource (any URL will do: only its presence counts). */
    private static ClassLoader holding(String resource) {
        return new ClassLoader(null) {
            @Override
            protected @Nullable URL findResource(String name) {
                return name.equals(resource) ? BeanPlanTest.class.getResource("BeanPlanTest.class") : null;
            }
        };
    }

    /** The plan with its lists in one order: their order means nothing. */
    private static @Nullable String normal(@Nullable BeanPlan plan) {
        if (plan == null) {
            return null;
        }
        StringBuilder text = new StringBuilder("class ").append(sorted(plan.classConstraints())).append('\n');
        plan.properties().stream().sorted(Comparator.comparing(PropertyPlan::name)).forEach(property -> {
            text.append(property.name()).append(": ").append(property.type().getName())
                    .append(property.cascaded() ? " cascaded " : " ").append(sorted(property.constraints())).append('\n');
            property.elements().stream().sorted(Comparator.comparingInt(ElementPlan::index)).forEach(element -> {
                // For an element that is itself a container of constrained elements (List<List<@NotBlank
                // String>>), Hibernate Validator names neither its container nor its type; the precheck
                // leaves such properties to it in any case.
                text.append("  <").append(element.index()).append("> ");
                if (element.nested()) {
                    text.append("nested ");
                } else {
                    text.append("of ").append(element.container().getName()).append(": ").append(element.type().getName());
                }
                text.append(element.cascaded() ? " cascaded " : " ").append(sorted(element.constraints())).append('\n');
            });
        });
        return text.toString();
    }

    private static List<String> sorted(List<ConstraintPlan> constraints) {
        return constraints.stream()
                .map(constraint -> constraint.annotation() + " groups "
                        + constraint.groups().stream().map(Class::getName).sorted().toList() + " " + constraint.unwrapping()
                        + " " + constraint.validators() + " " + sorted(constraint.composing()))
                .sorted()
                .toList();
    }
}
