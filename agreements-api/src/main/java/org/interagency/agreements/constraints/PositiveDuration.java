package org.interagency.agreements.constraints;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.constraintvalidators.PositiveDurationValidator;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The {@link java.time.Period} or {@link java.time.Duration} is longer than zero and has no
 * negative part: a cadence, retention or response time of {@code P0D} or {@code P1M-5D} means
 * nothing an agency can act on. {@code null} is valid (the value is absent).
 */
@Documented
// The validator is internal (exported to no one, opened to Hibernate Validator), as Hibernate
// Validator keeps its own: the annotation is the promise.
@API(status = STABLE, since = "0.1")
@SuppressWarnings("exports")
@Constraint(validatedBy = {PositiveDurationValidator.ForPeriod.class, PositiveDurationValidator.ForDuration.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveDuration {

    /**
     * {@return the message key}
     */
    String message() default "{org.interagency.agreements.constraints.PositiveDuration.message}";

    /**
     * {@return validation groups}
     */
    Class<?>[] groups() default {};

    /**
     * {@return payload}
     */
    Class<? extends Payload>[] payload() default {};
}
