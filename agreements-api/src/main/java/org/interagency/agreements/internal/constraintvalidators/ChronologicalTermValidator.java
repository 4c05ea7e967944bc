package org.interagency.agreements.internal.constraintvalidators;

import org.apiguardian.api.API;

import org.interagency.agreements.constraints.ChronologicalTerm;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.interagency.agreements.Term;
import org.jspecify.annotations.Nullable;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Validates {@link ChronologicalTerm}. */
@API(status = INTERNAL, since = "0.1")
public final class ChronologicalTermValidator implements ConstraintValidator<ChronologicalTerm, Term> {

    /** Creates the validator; Bean Validation calls this. */
    public ChronologicalTermValidator() {
    }

    @Override
    public boolean isValid(@Nullable Term term, ConstraintValidatorContext context) {
        if (term == null || term.isChronological()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("expires")
                .addConstraintViolation();
        return false;
    }
}
