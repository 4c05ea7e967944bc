package org.interagency.agreements.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.interagency.agreements.Agreement;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

/**
 * Validates the {@link FloodResponseMou flood-response memorandum} with Bean Validation and prints
 * the result. Exits with status 1 if the agreement violates a constraint.
 */
public final class ValidateFloodMou {

    private ValidateFloodMou() {
    }

    /** Runs the example; takes no arguments. */
    public static void main(String[] args) {
        Agreement mou = FloodResponseMou.agreement();
        List<String> violations = validate(mou);
        print(mou, violations, System.out);
        if (!violations.isEmpty()) {
            System.exit(1);
        }
    }

    /** The agreement's constraint violations as {@code path: message} lines, sorted. */
    static List<String> validate(Agreement agreement) {
        // Parameter interpolation only: no Expression Language is evaluated in messages.
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(agreement).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<Agreement> v) -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .toList();
        }
    }

    static void print(Agreement agreement, List<String> violations, PrintStream out) {
        out.println(agreement.title());
        out.println("  " + agreement.kind() + ", " + agreement.status() + ", " + agreement.parties().size() + " parties, "
                + agreement.responsibilities().size() + " responsibilities");
        if (violations.isEmpty()) {
            out.println("Bean Validation: no constraint violations.");
        } else {
            out.println("Bean Validation: " + violations.size() + " constraint violation(s):");
            violations.forEach(v -> out.println("  " + v));
        }
    }
}
