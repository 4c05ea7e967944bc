package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One built-in rule at a time on the typical agreement of {@link TypicalAgreementBenchmark}, to
 * split {@code rulesOnly} into the rules' costs: the validator runs that rule only, without Bean
 * Validation. {@code none} runs no rule at all and measures the validator's own overhead, to be
 * subtracted from the others. A list joined by {@code +} runs those rules together, in one
 * validation: the three roles rules share one index of the assignments when they run together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleCostBenchmark {

    /** The rule to run, or {@code none}, or several rules' ids joined by {@code +} (JMH splits a {@code -p} value at commas). */
    @Param({"none", "roles.accountable-overlap", "roles.responsible-duplicate", "roles.accountability-gap",
            "roles.accountable-overlap+roles.responsible-duplicate+roles.accountability-gap", "refs.unknown-agency",
            "escalation.cycle", "text.mixed-script"})
    public String rule;

    private Agreement agreement;
    private AgreementValidator oneRule;

    /** Builds the agreement and a validator that runs only {@link #rule} (or the rules it lists). */
    @Setup(Level.Trial)
    public void setUp() {
        agreement = BenchmarkAgreements.typical();
        AgreementValidator.Builder builder = AgreementValidator.builder().disable(Finding.BEAN_VALIDATION_RULE_ID);
        List<String> chosen = List.of(rule.split("\\+"));
        for (Rule known : AgreementValidator.defaults().rules()) {
            if (!chosen.contains(known.id())) {
                builder.disable(known.id());
            }
        }
        oneRule = builder.build();
        oneRule.validate(agreement);
    }

    /** The rule on the typical agreement. */
    @Benchmark
    public Report check() {
        return oneRule.validate(agreement);
    }
}
