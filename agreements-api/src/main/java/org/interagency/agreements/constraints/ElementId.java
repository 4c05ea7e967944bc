package org.interagency.agreements.constraints;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.constraintvalidators.ElementIdValidator;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The value is a stable id of an element of an agreement: 1 to {@value #MAX_LENGTH} lower-case
 * ASCII letters and digits, optionally separated by single hyphens ({@code dhs-fema},
 * {@code goal-2}, {@code flood-evacuation}).
 *
 * <p>Ids are compared byte for byte; the narrow alphabet rules out look-alike letters,
 * invisible characters and case differences, so two ids that look the same are the same.
 * {@code null} is valid: required ids are enforced by the model's constructors.
 */
@Documented
// The validator is internal (exported to no one, opened to Hibernate Validator), as Hibernate
// Validator keeps its own: the annotation is the promise.
@API(status = STABLE, since = "0.1")
@SuppressWarnings("exports")
@Constraint(validatedBy = ElementIdValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ElementId {

    /**
     * The regular expression every id matches. (The validator checks it with a loop: ids are the
     * most frequent value in an agreement, and a composed regular-expression constraint was the
     * largest single cost of validating one.)
     */
    String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The longest id accepted. */
    int MAX_LENGTH = 64;

    /**
     * {@return the message key}
     */
    String message() default "{org.interagency.agreements.constraints.ElementId.message}";

    /**
     * {@return validation groups}
     */
    Class<?>[] groups() default {};

    /**
     * {@return payload}
     */
    Class<? extends Payload>[] payload() default {};
}
