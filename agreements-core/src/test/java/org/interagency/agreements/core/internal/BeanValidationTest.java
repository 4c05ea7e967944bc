package org.interagency.agreements.core.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BeanValidationTest {

    /** A constraint whose validator tries to turn Expression Language back on for its own violation. */
    @Constraint(validatedBy = ElAttemptValidator.class)
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface ElAttempt {
        String message() default "unused";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Builds a violation from the value itself, with EL enabled at the highest level it can ask for. */
    public static final class ElAttemptValidator implements ConstraintValidator<ElAttempt, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.disableDefaultConstraintViolation();
            hibernate.addExpressionVariable("secret", "leaked")
                    .buildConstraintViolationWithTemplate(value)
                    .enableExpressionLanguage(ExpressionLanguageFeatureLevel.BEAN_METHODS)
                    .addConstraintViolation();
            return false;
        }
    }

    static final class Hostile {
        @ElAttempt
        final String text;

        Hostile(String text) {
            this.text = text;
        }
    }

    @Test
    void aValidatorCannotReEnableExpressionLanguageForItsViolation() {
        String template = "${1+1} ${secret} ${''.getClass()}";

        var findings = BeanValidation.shared().validate(new Hostile(template), Severity.ERROR);

        assertThat(findings).extracting(Finding::message, Finding::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(template, JsonPointer.of("text")));
    }

    @Test
    void theFactoryIsBuiltOnceAndShared() {
        assertThat(BeanValidation.shared()).isSameAs(BeanValidation.shared());
    }

    @Test
    void noExpressionLanguageImplementationIsOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory")).isInstanceOf(ClassNotFoundException.class);
    }
}
