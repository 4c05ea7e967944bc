package org.interagency.agreements.core.internal;

import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.interagency.agreements.core.internal.BeanPlan.ConstraintPlan;
import org.interagency.agreements.core.internal.BeanPlan.PropertyPlan;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A quick proof that a record graph has no constraint violation, compiled from the records'
 * constraint annotations (or, where only it can tell, from Hibernate Validator's own metadata), so
 * that the common case (a valid agreement) does not pay for Hibernate Validator's per-bean
 * machinery, nor for starting it.
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
 * {@code @Email}, by running Hibernate Validator's own validator of it. A constraint it cannot
 * evaluate on a property (such as {@code @Past}) is left to {@link Validator#validateProperty}
 * for that one property, which is exact and still cheap. Metadata is read once per class and
 * cached; the cache holds only classes reached from the validated types.
 *
 * <p>Where the metadata comes from: {@link AnnotationPlans} reads a record's annotations as
 * Hibernate Validator would, and gives up where it could differ; then, and for every class when
 * the configuration may add constraints ({@link AnnotationPlans#configurationFree}),
 * {@link HibernateValidatorPlans} asks Hibernate Validator. Either way the class's
 * {@link BeanPlan} is the same ({@code BeanPlanTest}); the first way does not start Hibernate
 * Validator, which the precheck's {@code Supplier} of it builds only when it is first needed.
 *
 * <p>The parts: this class compiles each class's {@link BeanPlan} into a {@link BeanCheck} and caches it; a
 * {@link PropertyCheck} checks one record component; {@link ConstraintChecks} compiles one
 * constraint, through {@link BuiltInConstraints} or {@link DeclaredValidators}; a
 * {@link ValueCheck} that cannot decide throws {@link Undecided}.
 *
 * <p>Thread-safe: the compiled checks are immutable, and the constraint validators it runs are
 * stateless after {@code initialize}, as Bean Validation requires of validators it shares.
 */
final class ConstraintPrecheck {

    private final Supplier<Validator> validator;
    private final boolean annotationsSuffice;
    private final Map<Class<?>, BeanCheck> beans = new ConcurrentHashMap<>();

    /**
     * A precheck that asks {@code validator} for what it cannot read from annotations.
     *
     * @param validator Hibernate Validator, built on the first call (and called only when needed)
     * @param annotationsSuffice whether a record's annotations say all Hibernate Validator would
     *     check (see {@link AnnotationPlans#configurationFree}); if not, every plan comes from it
     */
    ConstraintPrecheck(Supplier<Validator> validator, boolean annotationsSuffice) {
        this.validator = validator;
        this.annotationsSuffice = annotationsSuffice;
    }

    /**
     * Whether {@code bean} provably satisfies every constraint that {@code validator.validate(bean)}
     * would check; {@code false} means "not proven", not "invalid".
     */
    boolean provesValid(Object bean) {
        try {
            return beanCheck(bean.getClass()).holds(bean);
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

    /** Whether Hibernate Validator finds a violation in property {@code name} of {@code bean}. */
    boolean violatesProperty(Object bean, String name) {
        return !validator.get().validateProperty(bean, name).isEmpty();
    }

    /** The compiled check of {@code type}, compiled on first need. */
    BeanCheck beanCheck(Class<?> type) {
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
        BeanPlan plan = plan(type);
        List<ValueCheck> classChecks = new ArrayList<>();
        for (ConstraintPlan constraint : plan.classConstraints()) {
            ValueCheck check = ConstraintChecks.of(constraint, type);
            if (check == null) {
                return BeanCheck.UNPROVABLE;
            }
            classChecks.add(check);
        }
        List<PropertyCheck> properties = new ArrayList<>();
        for (PropertyPlan property : plan.properties()) {
            PropertyCheck check = PropertyCheck.compile(this, type, property);
            if (check == null) {
                return BeanCheck.UNPROVABLE;
            }
            properties.add(check);
        }
        return new BeanCheck(false, classChecks.toArray(ValueCheck[]::new), properties.toArray(PropertyCheck[]::new));
    }

    /** The plan of {@code type}: from its annotations where they suffice, else from Hibernate Validator. */
    private BeanPlan plan(Class<?> type) {
        @Nullable BeanPlan plan = annotationsSuffice ? AnnotationPlans.of(type) : null;
        return plan != null ? plan : HibernateValidatorPlans.of(validator.get(), type);
    }
}
