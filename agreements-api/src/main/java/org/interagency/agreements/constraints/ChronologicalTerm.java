package org.interagency.agreements.constraints;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.constraintvalidators.ChronologicalTermValidator;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The {@link org.interagency.agreements.Term} does not expire before it takes effect. The
 * violation is reported on the term's {@code expires} property.
 */
@Documented
// The validator is internal (exported to no one, opened to Hibernate Validator), as Hibernate
// Validator keeps its own: the annotation is the promise.
@API(status = STABLE, since = "0.1")
@SuppressWarnings("exports")
@Constraint(validatedBy = ChronologicalTermValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ChronologicalTerm {

    /**
     * {@return the message key}
     */
    String message() default "{org.interagency.agreements.constraints.ChronologicalTerm.message}";

    /**
     * {@return validation groups}
     */
    Class<?>[] groups() default {};

    /**
     * {@return payload}
     */
    Class<? extends Payload>[] payload() default {};
}
