package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The cost of the collaboration assessment on top of validation, on the typical agreement of
 * {@link TypicalAgreementBenchmark}, in the same run: {@code validate} is the baseline,
 * {@code validateAndAssess} what {@code agreements assess} does per document, and
 * {@code assessOnly} the assessment against a report already at hand. Issue 19's target:
 * {@code validateAndAssess} at most 1.2 times {@code validate}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessmentCostBenchmark {

    private Agreement agreement;
    private AgreementValidator validator;
    private Report report;

    /** Builds the agreement, bootstraps the validator and validates once for {@link #assessOnly()}. */
    @Setup(Level.Trial)
    public void setUp() {
        agreement = BenchmarkAgreements.typical();
        validator = AgreementValidator.defaults();
        report = validator.validate(agreement);
        Rubric.builtIn().assess(agreement, report, validator);
    }

    /** Validation alone: the baseline. */
    @Benchmark
    public Report validate() {
        return validator.validate(agreement);
    }

    /** Validation and the assessment against its report. */
    @Benchmark
    public CollaborationAssessment validateAndAssess() {
        return Rubric.builtIn().assess(agreement, validator);
    }

    /** The assessment alone, against a report already at hand. */
    @Benchmark
    public CollaborationAssessment assessOnly() {
        return Rubric.builtIn().assess(agreement, report, validator);
    }
}
