package org.interagency.agreements.core.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The built-in constraints that {@link ConstraintPrecheck} evaluates itself, with Hibernate
 * Validator's semantics: {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, {@code @Size},
 * {@code @Pattern}, {@code @Positive} and {@code @PositiveOrZero}, on text, collections, maps,
 * whole numbers, {@code BigDecimal} and {@code BigInteger}. On a value of any other type a check
 * throws {@link Undecided}.
 */
final class BuiltInConstraints {

    private BuiltInConstraints() {
    }

    /**
     * The check of built-in constraint {@code constraint}, with the values of its attributes, or
     * {@code null} if it is none of the seven (such as {@code @Email}).
     */
    static @Nullable ValueCheck of(Annotation constraint) {
        Class<? extends Annotation> type = constraint.annotationType();
        if (type == NotNull.class) {
            return value -> value != null;
        }
        if (type == NotBlank.class) {
            // Hibernate Validator 9.1: not null and not String.isBlank().
            return value -> value != null && !text(value).toString().isBlank();
        }
        if (type == NotEmpty.class) {
            return value -> value != null && size(value) > 0;
        }
        if (constraint instanceof Size declared) {
            int min = declared.min();
            int max = declared.max();
            return value -> {
                if (value == null) {
                    return true;
                }
                int size = size(value);
                return size >= min && size <= max;
            };
        }
        if (constraint instanceof Pattern declared) {
            java.util.regex.Pattern pattern = pattern(declared);
            return value -> value == null || pattern.matcher(text(value)).matches();
        }
        if (type == Positive.class) {
            return value -> value == null || sign(value) > 0;
        }
        if (type == PositiveOrZero.class) {
            return value -> value == null || sign(value) >= 0;
        }
        return null;
    }

    private static java.util.regex.Pattern pattern(Pattern declared) {
        int flags = 0;
        for (Pattern.Flag flag : declared.flags()) {
            flags |= flag.getValue();
        }
        return java.util.regex.Pattern.compile(declared.regexp(), flags);
    }

    private static CharSequence text(Object value) {
        if (value instanceof CharSequence text) {
            return text;
        }
        throw Undecided.INSTANCE;
    }

    private static int size(Object value) {
        // String first: a test against a final class is one compare; against an interface, a search.
        if (value instanceof String text) {
            return text.length();
        }
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        throw Undecided.INSTANCE;
    }

    private static int sign(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Long.signum(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum();
        }
        if (value instanceof BigInteger integer) {
            return integer.signum();
        }
        throw Undecided.INSTANCE;
    }
}
