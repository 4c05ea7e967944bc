package org.interagency.agreements.constraints;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.constraintvalidators.ValidDecisionRuleValidator;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The {@link org.interagency.agreements.DecisionRule} is coherent: a supermajority states a
 * threshold {@code numerator/denominator} that is more than one half and at most the whole
 * ({@code 2/3} is valid; {@code 1/2} and {@code 5/3} are not), and every other method states no
 * threshold. The violation is reported on the {@code numerator} property.
 */
@Documented
// The validator is internal (exported to no one, opened to Hibernate Validator), as Hibernate
// Validator keeps its own: the annotation is the promise.
@API(status = STABLE, since = "0.1")
@SuppressWarnings("exports")
@Constraint(validatedBy = ValidDecisionRuleValidator.class)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidDecisionRule {

    /**
     * {@return the message key}
     */
    String message() default "{org.interagency.agreements.constraints.ValidDecisionRule.message}";

    /**
     * {@return validation groups}
     */
    Class<?>[] groups() default {};

    /**
     * {@return payload}
     */
    Class<? extends Payload>[] payload() default {};
}
