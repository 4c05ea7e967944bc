package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Responsibility;
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
 * The accountable-overlap check ({@code roles.accountable-overlap}) through the public API, on
 * agreements of 10^3 to 10^6 accountable assignments (see {@link BenchmarkAgreements#largeCompact}):
 * the validator runs that one rule only, without Bean Validation, single-threaded. The time
 * includes the rule building its tables and the findings (about 1% of n).
 *
 * <p>Two inputs, {@link #input}:
 * <ul>
 *   <li>{@code same}: one agreement, checked over and over. Up to about 10^4 assignments
 *       (3.5 MB of objects, 350 bytes per assignment) it stays in the processor's last-level
 *       cache from one check to the next; from 10^5 on it cannot. The growth from 10^4 to 10^5
 *       then includes the step from cache to memory, on top of the check's own.</li>
 *   <li>{@code rotating}: identical copies of the agreement, {@value #ROTATED_ASSIGNMENTS}
 *       assignments in all, each check taking the next. Every size then reads its input from
 *       memory, as a check of an agreement received a while ago does. What remains of the step
 *       from cache to memory is the check's own arrays (it allocates about 300 bytes per
 *       assignment), which fit the cache at 10^4 and not at 10^5.</li>
 * </ul>
 *
 * <p>{@link #readInput} is the baseline: it only reads what the check must read of each
 * assignment (agency, role, jurisdiction, period) and of each responsibility (scope), and
 * computes nothing from it. How it grows shows how much of the check's growth is reading an
 * input that stops fitting the caches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OverlapCheckBenchmark {

    /** The number of accountable assignments. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int assignments;

    /** {@code same} or {@code rotating}: see the class comment. */
    @Param({"same", "rotating"})
    public String input;

    /** The assignments of all the copies together with {@code input=rotating}: 345 MB, ten times a large cache. */
    static final int ROTATED_ASSIGNMENTS = 1_000_000;

    private Agreement[] agreements;
    private int next;
    private AgreementValidator overlapOnly;

    /** Builds the agreement (or its copies) and a validator that runs only the overlap rule. */
    @Setup(Level.Trial)
    public void setUp() {
        agreements = inputs(input, assignments);
        overlapOnly = overlapOnly();
    }

    /** The agreements one size checks in turn: one for {@code same}, copies for {@code rotating}. */
    static Agreement[] inputs(String input, int assignments) {
        int copies = switch (input) {
            case "same" -> 1;
            case "rotating" -> Math.max(1, ROTATED_ASSIGNMENTS / assignments);
            default -> throw new IllegalArgumentException("input is same or rotating, not " + input);
        };
        Agreement[] agreements = new Agreement[copies];
        for (int i = 0; i < copies; i++) {
            agreements[i] = BenchmarkAgreements.largeCompact(assignments);
        }
        return agreements;
    }

    /** A validator that runs the overlap rule only, without Bean Validation. */
    static AgreementValidator overlapOnly() {
        return overlapOnly(1);
    }

    /** As {@link #overlapOnly()}, checking portfolios on at most {@code threads} threads. */
    static AgreementValidator overlapOnly(int threads) {
        AgreementValidator.Builder builder = AgreementValidator.builder().disable(Finding.BEAN_VALIDATION_RULE_ID)
                .portfolioThreads(threads);
        for (Rule rule : AgreementValidator.defaults().rules()) {
            if (!rule.id().equals(AgreementValidator.ACCOUNTABLE_OVERLAP_ID)) {
                builder.disable(rule.id());
            }
        }
        return builder.build();
    }

    /** The library's sweep. */
    @Benchmark
    public Report sweep() {
        return overlapOnly.validate(nextAgreement());
    }

    /**
     * The baseline: reads the fields of every assignment that the check reads, and sums them,
     * nothing else. Of a string it reads the hash code and the length, which touches the string
     * and its array of characters (one cache line for ids this short), as comparing it would.
     */
    @Benchmark
    public long readInput() {
        long sum = 0;
        for (Responsibility responsibility : nextAgreement().responsibilities()) {
            sum += read(responsibility.scope().segments());
            for (Assignment assignment : responsibility.assignments()) {
                sum += read(assignment.agencyId()) + assignment.role().ordinal();
                Jurisdiction jurisdiction = assignment.jurisdiction();
                if (jurisdiction != null) {
                    sum += read(jurisdiction.segments());
                }
                DateRange period = assignment.period();
                if (period != null) {
                    sum += period.start().toEpochDay() + (period.end() == null ? 0 : period.end().toEpochDay());
                }
            }
        }
        return sum;
    }

    private static long read(List<String> segments) {
        long sum = 0;
        for (String segment : segments) {
            sum += read(segment);
        }
        return sum;
    }

    private static long read(String string) {
        return string.hashCode() + string.length();
    }

    private Agreement nextAgreement() {
        Agreement agreement = agreements[next];
        next = next + 1 == agreements.length ? 0 : next + 1;
        return agreement;
    }
}
