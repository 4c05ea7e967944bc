package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioReport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The portfolio check at national scale ({@link NationalPortfolio}: agreements of 100
 * accountable assignments, 1 % of them in conflict within their agreement and 1 % with another
 * agreement's), through {@link AgreementValidator#validatePortfolio}, with the overlap rule only
 * (as {@link OverlapCheckBenchmark#overlapOnly()}), on one thread and on two, in alternating
 * rounds in one JVM; each keeps its fastest round. It also prints the heap that the portfolio
 * takes after a full collection, per assignment. Sizes are numbers of agreements:
 *
 * <pre>
 * java -Xmx10g -cp agreements-benchmarks/target/benchmarks.jar org.interagency.agreements.benchmarks.rules.NationalScale 100000
 * java -Xmx4g -cp agreements-benchmarks/target/benchmarks.jar org.interagency.agreements.benchmarks.rules.NationalScale 10 100 1000 10000
 * </pre>
 *
 * At each size, the two thread counts must give equal reports, or it stops.
 */
public final class NationalScale {

    private static final int WARM_UP_ROUNDS = 2;
    private static final int ROUNDS = 4;
    /** Assignments checked per round: at least one check, and about a second's work for the small sizes. */
    private static final int ASSIGNMENTS_PER_ROUND = 2_000_000;
    private static final int[] THREADS = {1, 2};

    private NationalScale() {
    }

    /** Prints, per size, the heap per assignment and each thread count's fastest round. */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        AgreementValidator[] validators = new AgreementValidator[THREADS.length];
        for (int t = 0; t < THREADS.length; t++) {
            validators[t] = OverlapCheckBenchmark.overlapOnly(THREADS[t]);
        }
        for (int size : sizes) {
            run(size, validators);
        }
    }

    private static void run(int size, AgreementValidator[] validators) {
        long assignments = (long) size * NationalPortfolio.PER_AGREEMENT;
        long before = heapAfterGc();
        List<Agreement> portfolio = NationalPortfolio.of(size);
        long model = heapAfterGc() - before;
        int checks = (int) Math.max(1, ASSIGNMENTS_PER_ROUND / assignments);
        double[] fastest = new double[THREADS.length];
        Arrays.fill(fastest, Double.MAX_VALUE);
        long[] digest = new long[THREADS.length];
        long reportHeap = 0;
        long[] counts = new long[2];
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            StringBuilder line = new StringBuilder();
            for (int t = 0; t < THREADS.length; t++) {
                // One report alive at a time: at 10^7 assignments a report is gigabytes.
                PortfolioReport report = null;
                long start = System.nanoTime();
                for (int i = 0; i < checks; i++) {
                    report = null;
                    report = validators[t].validatePortfolio(portfolio);
                }
                double millis = (System.nanoTime() - start) / 1e6 / checks;
                line.append(String.format(Locale.ROOT, "  %d thread(s) %,9.1f ms", THREADS[t], millis));
                if (round >= WARM_UP_ROUNDS) {
                    fastest[t] = Math.min(fastest[t], millis);
                }
                if (round == 0 && t == 0) {
                    reportHeap = heapAfterGc() - before - model;
                }
                digest[t] = digest(report, counts);
                report = null;
            }
            if (digest[0] != digest[1]) {
                throw new IllegalStateException("one thread and two gave different reports at " + size + " agreements");
            }
            if (assignments >= 1_000_000) {
                System.out.printf(Locale.ROOT, "round %d:%s%n", round, line);
            }
        }
        System.out.printf(Locale.ROOT, "%,11d assignments (%,d agreements; %,d findings within, %,d between): model %,d B heap"
                + " (%.0f B per assignment), a report %,d B (%.0f B per assignment); fastest of %d rounds: 1 thread %,.1f ms,"
                + " 2 threads %,.1f ms (%.2f x)%n", assignments, size, counts[0], counts[1], model, (double) model / assignments,
                reportHeap, (double) reportHeap / assignments, ROUNDS, fastest[0], fastest[1], fastest[0] / fastest[1]);
        if (portfolio.isEmpty()) {
            throw new IllegalStateException("no portfolio");
        }
    }

    /**
     * A digest of the report, to compare the thread counts' reports without keeping two alive:
     * the agreements' order and each one's findings as printed, and the findings between them as
     * printed; sets {@code counts} to the findings within and between agreements.
     */
    private static long digest(PortfolioReport report, long[] counts) {
        long digest = 0;
        long within = 0;
        for (var entry : report.reports().entrySet()) {
            digest = 31 * digest + entry.getKey().hashCode();
            digest = 31 * digest + entry.getValue().findings().toString().hashCode();
            within += entry.getValue().findings().size();
        }
        counts[0] = within;
        counts[1] = report.findings().size();
        return 31 * digest + report.findings().toString().hashCode();
    }

    /** The heap in use after full collections. */
    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
