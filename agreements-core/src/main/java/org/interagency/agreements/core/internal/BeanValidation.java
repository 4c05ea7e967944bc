package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Bean Validation for the engine: one Hibernate Validator factory for the whole process (building
 * one costs hundreds of milliseconds; the factory and its validator are thread-safe), built when
 * first needed, and the mapping of constraint violations to findings.
 *
 * <p>No message is ever evaluated as an Expression Language template: messages are interpolated
 * by {@link ParameterMessageInterpolator}, which resolves only message keys and constraint
 * attributes ({@code {max}}) and leaves {@code ${...}} as written; and the EL feature levels for
 * constraint messages and for violations a constraint validator builds itself (which could
 * otherwise re-enable EL per violation through
 * {@code HibernateConstraintValidatorContext.enableExpressionLanguage}) are both
 * {@link ExpressionLanguageFeatureLevel#NONE}. No EL implementation is on the class path.
 *
 * <p>A valid agreement is the common case, and Hibernate Validator's cost per bean dominates
 * validating one; so {@link ConstraintPrecheck}, compiled from the same constraints, first tries
 * to prove that there is nothing to report, and Hibernate Validator runs only when it cannot (and
 * is started only then: in a short command, starting it and reading its metadata cost more than
 * everything else). The findings are the same either way.
 */
@API(status = INTERNAL, since = "0.1")
public final class BeanValidation {

    private static final Object LOCK = new Object();
    private static volatile @Nullable BeanValidation shared;

    private final ConstraintPrecheck precheck;
    private volatile @Nullable Validator validator;

    private BeanValidation() {
        // Hibernate Validator reads META-INF/validation.xml and its services from the context
        // class loader and from its own.
        List<ClassLoader> loaders = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        ClassLoader own = HibernateValidator.class.getClassLoader();
        if (own != null) {
            loaders.add(own);
        }
        precheck = new ConstraintPrecheck(this::validator, AnnotationPlans.configurationFree(loaders));
    }

    /** Hibernate Validator, built on first need: most valid agreements never need it. */
    private Validator validator() {
        Validator built = validator;
        if (built == null) {
            synchronized (this) {
                built = validator;
                if (built == null) {
                    built = buildValidator();
                    validator = built;
                }
            }
        }
        return built;
    }

    private static Validator buildValidator() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                // An explicit resolver: no ServiceLoader look-up of providers, on the class path
                // or the module path alike.
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
                .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .locales(Locale.ROOT)
                .defaultLocale(Locale.ROOT)
                // Agreements are plain records: every property is reachable and cascadable, so
                // resolving (and caching) traversability per node is wasted work.
                .traversableResolver(new TraverseAll())
                .enableTraversableResolverResultCache(false)
                .buildValidatorFactory();
        return factory.getValidator();
    }

    /** Every property of a record is reachable and cascadable (there is no lazy loading to respect). */
    private static final class TraverseAll implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node node, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    /** Validates without the precheck: every call runs Hibernate Validator. For tests. */
    Set<ConstraintViolation<Object>> violations(Object bean) {
        return validator().validate(bean);
    }

    /** Whether the precheck proves {@code bean} free of violations. For tests. */
    boolean provesValid(Object bean) {
        return precheck.provesValid(bean);
    }

    /** What the precheck leaves to Hibernate Validator among the classes reached from {@code root}. For tests. */
    Set<String> delegatedFrom(Class<?> root) {
        return precheck.delegatedFrom(root);
    }

    /** The process-wide instance, built on first use. */
    public static BeanValidation shared() {
        BeanValidation instance = shared;
        if (instance == null) {
            synchronized (LOCK) {
                instance = shared;
                if (instance == null) {
                    instance = new BeanValidation();
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /**
     * Validates {@code bean} and returns one finding per violation, with rule id
     * {@value Finding#BEAN_VALIDATION_RULE_ID}, located by the JSON Pointer of the violation's
     * property path.
     */
    public List<Finding> validate(Object bean, Severity severity) {
        if (precheck.provesValid(bean)) {
            return List.of();
        }
        Set<ConstraintViolation<Object>> violations = validator().validate(bean);
        List<Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> violation : violations) {
            findings.add(new Finding(Finding.BEAN_VALIDATION_RULE_ID, severity, violation.getMessage(),
                    pointer(violation.getPropertyPath()), List.of(), hint(violation.getConstraintDescriptor())));
        }
        return findings;
    }

    /**
     * The JSON Pointer of a property path. Bean Validation puts the index of a list element on
     * the node <em>after</em> the list ({@code parties[2].agencyId} is the nodes {@code parties}
     * and {@code agencyId} with index 2), and a constraint on the element itself
     * ({@code List<@ElementId String>}) is a container-element node with the index and no name:
     * {@code goals[0].contributors[1]} becomes {@code /goals/0/contributors/1}.
     */
    static JsonPointer pointer(Path path) {
        List<String> tokens = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                tokens.add(node.getIndex().toString());
            } else if (node.getKey() != null) {
                tokens.add(String.valueOf(node.getKey()));
            }
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                tokens.add(node.getName());
            }
        }
        return new JsonPointer(tokens);
    }

    private static @Nullable String hint(ConstraintDescriptor<?> descriptor) {
        Map<String, Object> attributes = descriptor.getAttributes();
        switch (descriptor.getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank":
                return "write a value that is not blank";
            case "NotEmpty":
                return "list at least one item";
            case "Size":
                return "use from " + attributes.get("min") + " to " + attributes.get("max") + " characters or items";
            case "ElementId":
                return "write the id in lower-case letters, digits and single '-', for example \"dhs-fema\"";
            default:
                return null;
        }
    }
}
