package org.interagency.agreements.benchmarks.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Full validation of a typical agreement (6 parties, 40 responsibilities, every section filled):
 * Bean Validation and every built-in rule, with the shared default validator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TypicalAgreementBenchmark {

    private Agreement agreement;
    private AgreementValidator validator;
    private AgreementValidator beanValidationOnly;
    private AgreementValidator rulesOnly;
    private Validator hibernateValidator;

    /** Builds the agreement and bootstraps the validator. */
    @Setup(Level.Trial)
    public void setUp() {
        agreement = BenchmarkAgreements.typical();
        validator = AgreementValidator.defaults();
        beanValidationOnly = AgreementValidator.builder().discoverRules(false).build();
        rulesOnly = AgreementValidator.builder().disable(Finding.BEAN_VALIDATION_RULE_ID).build();
        hibernateValidator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
                .buildValidatorFactory()
                .getValidator();
        validator.validate(agreement);
    }

    /** Bean Validation and all rules. */
    @Benchmark
    public Report validate() {
        return validator.validate(agreement);
    }

    /** The Bean Validation part alone, to split the cost of {@link #validate()}. */
    @Benchmark
    public Report beanValidationOnly() {
        return beanValidationOnly.validate(agreement);
    }

    /**
     * The baseline for {@link #beanValidationOnly()}: Hibernate Validator alone, configured as the
     * engine configures it, without the engine's precheck.
     */
    @Benchmark
    public Set<ConstraintViolation<Agreement>> hibernateValidatorAlone() {
        return hibernateValidator.validate(agreement);
    }

    /** The rules alone, without Bean Validation. */
    @Benchmark
    public Report rulesOnly() {
        return rulesOnly.validate(agreement);
    }
}
