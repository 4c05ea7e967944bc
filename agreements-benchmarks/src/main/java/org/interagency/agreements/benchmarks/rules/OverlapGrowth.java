package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;

import java.util.Arrays;
import java.util.Locale;

/**
 * The growth of {@link OverlapCheckBenchmark} measured on a busy machine: the four sizes run in
 * alternating rounds in one JVM, and each keeps its fastest round, so that load from other
 * processes and the machine's slower spells (which only ever slow a round down) cancel out of the
 * growth from one size to the next. A companion to the JMH benchmark, not a replacement:
 *
 * <pre>
 * java -Xmx4g -cp agreements-benchmarks/target/benchmarks.jar org.interagency.agreements.benchmarks.rules.OverlapGrowth [same|rotating]
 * </pre>
 *
 * The argument is the benchmark's {@code input} parameter; {@code same} by default. With
 * {@code same}, each size's round follows the other sizes' rounds, which have filled the caches
 * with their own data; for that input the JMH benchmark, which gives each size a JVM of its own,
 * is the reference.
 */
public final class OverlapGrowth {

    private static final int[] SIZES = {1_000, 10_000, 100_000, 1_000_000};
    private static final int WARM_UP_ROUNDS = 5;
    private static final int ROUNDS = 15;
    /** Assignments checked per size and round: about a second's work, and at least two checks. */
    private static final int ASSIGNMENTS_PER_ROUND = 3_000_000;

    private OverlapGrowth() {
    }

    /** Prints each size's fastest round in milliseconds per check, and the growth from the size before. */
    public static void main(String[] args) {
        String input = args.length > 0 ? args[0] : "same";
        AgreementValidator validator = OverlapCheckBenchmark.overlapOnly();
        Agreement[][] agreements = new Agreement[SIZES.length][];
        for (int s = 0; s < SIZES.length; s++) {
            agreements[s] = OverlapCheckBenchmark.inputs(input, SIZES[s]);
        }
        int[] next = new int[SIZES.length];
        double[] fastest = new double[SIZES.length];
        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            if (round == WARM_UP_ROUNDS) {
                Arrays.fill(fastest, Double.MAX_VALUE);
            }
            for (int s = 0; s < SIZES.length; s++) {
                int checks = Math.max(2, ASSIGNMENTS_PER_ROUND / SIZES[s]);
                long start = System.nanoTime();
                for (int i = 0; i < checks; i++) {
                    sink += validator.validate(agreements[s][next[s]]).findings().size();
                    next[s] = (next[s] + 1) % agreements[s].length;
                }
                fastest[s] = Math.min(fastest[s], (System.nanoTime() - start) / 1e6 / checks);
            }
        }
        System.out.printf(Locale.ROOT, "input: %s, fastest of %d rounds (findings %d)%n", input, ROUNDS, sink);
        for (int s = 0; s < SIZES.length; s++) {
            System.out.printf(Locale.ROOT, "%,10d assignments: %9.3f ms%s%n", SIZES[s], fastest[s],
                    s == 0 ? "" : String.format(Locale.ROOT, "  = %.2f x the size before", fastest[s] / fastest[s - 1]));
        }
    }
}
