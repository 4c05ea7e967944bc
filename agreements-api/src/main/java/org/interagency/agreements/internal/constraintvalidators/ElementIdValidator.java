package org.interagency.agreements.internal.constraintvalidators;

import org.apiguardian.api.API;

import org.interagency.agreements.constraints.ElementId;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Validates {@link ElementId}: {@value ElementId#PATTERN}, 1 to {@value ElementId#MAX_LENGTH} characters. */
@API(status = INTERNAL, since = "0.1")
public final class ElementIdValidator implements ConstraintValidator<ElementId, String> {

    /** Creates the validator; Bean Validation calls this. */
    public ElementIdValidator() {
    }

    @Override
    public boolean isValid(@Nullable String id, ConstraintValidatorContext context) {
        return id == null || isElementId(id);
    }

    /** Whether {@code id} matches {@link ElementId#PATTERN} and is at most {@link ElementId#MAX_LENGTH} long. */
    static boolean isElementId(String id) {
        int n = id.length();
        if (n == 0 || n > ElementId.MAX_LENGTH || id.charAt(0) == '-' || id.charAt(n - 1) == '-') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alphanumeric && (c != '-' || previous == '-')) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
