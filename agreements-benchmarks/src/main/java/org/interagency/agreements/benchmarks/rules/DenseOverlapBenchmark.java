package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Report;
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
 * The accountable-overlap check through the public API ({@link #library}) beside a plain
 * indexed sweep written for the same agreements ({@link #plain}, see {@link PlainIndexedSweep}),
 * in one JVM, on two kinds of agreement ({@link #conflicts}):
 * <ul>
 *   <li>{@code sparse}: {@link BenchmarkAgreements#largeCompact}, about 1 % of n conflicts, as
 *       in {@link OverlapCheckBenchmark};</li>
 *   <li>{@code dense}: {@link BenchmarkAgreements#denseCompact}, about 1.3 % of the pairs whose
 *       scopes overlap, so conflicts grow as n² (1.9·10⁶ at 2·10⁵ assignments).</li>
 * </ul>
 * The library's time includes everything a caller waits for: its tables, the sweep, a finding
 * per conflict and the sorted report. The plain sweep only counts and hashes the pairs. Setup
 * checks that both find the same pairs (equal {@link PlainIndexedSweep.Checksum checksums}).
 * Compare the two as a ratio within one run:
 *
 * <pre>
 * java -jar agreements-benchmarks/target/benchmarks.jar DenseOverlapBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DenseOverlapBenchmark {

    /** The number of accountable assignments. */
    @Param({"10000", "50000", "200000"})
    public int assignments;

    /** {@code sparse} or {@code dense}: see the class comment. */
    @Param({"sparse", "dense"})
    public String conflicts;

    private Agreement agreement;
    private AgreementValidator overlapOnly;

    /** Builds the agreement, and checks that the library and the plain sweep find the same pairs. */
    @Setup(Level.Trial)
    public void setUp() {
        agreement = switch (conflicts) {
            case "sparse" -> BenchmarkAgreements.largeCompact(assignments);
            case "dense" -> BenchmarkAgreements.denseCompact(assignments);
            default -> throw new IllegalArgumentException("conflicts is sparse or dense, not " + conflicts);
        };
        overlapOnly = OverlapCheckBenchmark.overlapOnly();
        PlainIndexedSweep.Checksum expected = PlainIndexedSweep.overlaps(agreement);
        PlainIndexedSweep.Checksum found = PlainIndexedSweep.Checksum.of(overlapOnly.validate(agreement));
        if (!found.equals(expected)) {
            throw new IllegalStateException("the library found " + found + ", the plain sweep " + expected);
        }
        System.out.println("conflicting pairs: " + expected.pairs());
    }

    /** The library: the validator with the overlap rule only, as in {@link OverlapCheckBenchmark}. */
    @Benchmark
    public Report library() {
        return overlapOnly.validate(agreement);
    }

    /** The reference: the plain indexed sweep. */
    @Benchmark
    public PlainIndexedSweep.Checksum plain() {
        return PlainIndexedSweep.overlaps(agreement);
    }
}
