package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
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
 * The naive pairwise baseline ({@link PairwiseOverlapOracle}) on the same agreements as
 * {@link OverlapCheckBenchmark}, at the sizes where it finishes in reasonable time (10^5 would
 * take minutes per call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PairwiseOverlapBaselineBenchmark {

    /** The number of accountable assignments. */
    @Param({"1000", "10000"})
    public int assignments;

    private Agreement agreement;

    /** Builds the agreement. */
    @Setup(Level.Trial)
    public void setUp() {
        agreement = BenchmarkAgreements.largeCompact(assignments);
    }

    /** Every pair compared. */
    @Benchmark
    public int pairwise() {
        return PairwiseOverlapOracle.countConflicts(agreement);
    }
}
