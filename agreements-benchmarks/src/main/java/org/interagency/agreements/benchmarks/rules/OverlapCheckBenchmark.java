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

import java.util.concurrent.TimeUnit;

/**
 * The accountable-overlap check ({@code roles.accountable-overlap}) through the public API, on
 * agreements of 10^3 to 10^6 accountable assignments (see {@link BenchmarkAgreements#largeCompact}):
 * the validator runs that one rule only, without Bean Validation, single-threaded. The time
 * includes the rule building its tables and the findings (about 1% of n).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OverlapCheckBenchmark {

    /** The number of accountable assignments. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int assignments;

    private Agreement agreement;
    private AgreementValidator overlapOnly;

    /** Builds the agreement and a validator that runs only the overlap rule. */
    @Setup(Level.Trial)
    public void setUp() {
        agreement = BenchmarkAgreements.largeCompact(assignments);
        AgreementValidator.Builder builder = AgreementValidator.builder().disable(Finding.BEAN_VALIDATION_RULE_ID);
        for (Rule rule : AgreementValidator.defaults().rules()) {
            if (!rule.id().equals(AgreementValidator.ACCOUNTABLE_OVERLAP_ID)) {
                builder.disable(rule.id());
            }
        }
        overlapOnly = builder.build();
    }

    /** The library's sweep. */
    @Benchmark
    public Report sweep() {
        return overlapOnly.validate(agreement);
    }
}
