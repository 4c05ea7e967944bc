package org.interagency.agreements.internal.constraintvalidators;

import org.apiguardian.api.API;

import org.interagency.agreements.constraints.PositiveDuration;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Period;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The validators of {@link PositiveDuration}, one per supported type. */
@API(status = INTERNAL, since = "0.1")
public final class PositiveDurationValidator {

    private PositiveDurationValidator() {
    }

    /** Checks a {@link Period}: no negative unit and not zero. */
    @API(status = INTERNAL, since = "0.1")
    public static final class ForPeriod implements ConstraintValidator<PositiveDuration, Period> {
        /** Creates the validator; Bean Validation calls this. */
        public ForPeriod() {
        }

        @Override
        public boolean isValid(@Nullable Period value, ConstraintValidatorContext context) {
            return value == null
                    || value.getYears() >= 0 && value.getMonths() >= 0 && value.getDays() >= 0 && !value.isZero();
        }
    }

    /** Checks a {@link Duration}: longer than zero. */
    @API(status = INTERNAL, since = "0.1")
    public static final class ForDuration implements ConstraintValidator<PositiveDuration, Duration> {
        /** Creates the validator; Bean Validation calls this. */
        public ForDuration() {
        }

        @Override
        public boolean isValid(@Nullable Duration value, ConstraintValidatorContext context) {
            return value == null || !value.isNegative() && !value.isZero();
        }
    }
}
