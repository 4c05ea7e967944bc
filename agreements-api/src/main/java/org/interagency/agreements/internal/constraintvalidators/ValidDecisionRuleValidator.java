package org.interagency.agreements.internal.constraintvalidators;

import org.apiguardian.api.API;

import org.interagency.agreements.constraints.ValidDecisionRule;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.interagency.agreements.DecisionRule;
import org.jspecify.annotations.Nullable;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Validates {@link ValidDecisionRule}. */
@API(status = INTERNAL, since = "0.1")
public final class ValidDecisionRuleValidator implements ConstraintValidator<ValidDecisionRule, DecisionRule> {

    /** Creates the validator; Bean Validation calls this. */
    public ValidDecisionRuleValidator() {
    }

    @Override
    public boolean isValid(@Nullable DecisionRule rule, ConstraintValidatorContext context) {
        if (rule == null || rule.isCoherent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("numerator")
                .addConstraintViolation();
        return false;
    }
}
