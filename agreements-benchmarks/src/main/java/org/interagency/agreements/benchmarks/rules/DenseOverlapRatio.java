package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The library/plain ratio of {@link DenseOverlapBenchmark} measured on a busy machine, as
 * {@link OverlapGrowth} measures growth: the library and the plain sweep run in alternating
 * rounds in one JVM at each size, and each keeps its fastest round, by the clock and by the
 * thread's processor time (which other processes' load does not inflate, though it leaves out
 * the garbage collector's threads). A companion to the JMH benchmark:
 *
 * <pre>
 * java -Xmx4g -cp agreements-benchmarks/target/benchmarks.jar org.interagency.agreements.benchmarks.rules.DenseOverlapRatio [dense|sparse][-read] [sizes...]
 * </pre>
 *
 * With {@code -read} ({@code dense-read}), the library's side also reads every finding's
 * location and related locations, so that each finding is made (a report makes its findings
 * when read); its message is still not written.
 */
public final class DenseOverlapRatio {

    private static final int ROUNDS = 7;

    private DenseOverlapRatio() {
    }

    /** Prints, per size, each side's fastest round in milliseconds and the ratio. */
    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "dense";
        boolean read = mode.endsWith("-read");
        String conflicts = read ? mode.substring(0, mode.length() - "-read".length()) : mode;
        int[] sizes = args.length > 1 ? new int[args.length - 1] : new int[] {10_000, 50_000};
        for (int i = 1; i < args.length; i++) {
            sizes[i - 1] = Integer.parseInt(args[i]);
        }
        AgreementValidator validator = OverlapCheckBenchmark.overlapOnly();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int size : sizes) {
            Agreement agreement = conflicts.equals("dense") ? BenchmarkAgreements.denseCompact(size) : BenchmarkAgreements.largeCompact(size);
            PlainIndexedSweep.Checksum expected = PlainIndexedSweep.overlaps(agreement);
            if (!PlainIndexedSweep.Checksum.of(validator.validate(agreement)).equals(expected)) {
                throw new IllegalStateException("the library and the plain sweep disagree at " + size);
            }
            double[] wall = {Double.MAX_VALUE, Double.MAX_VALUE};
            double[] cpu = {Double.MAX_VALUE, Double.MAX_VALUE};
            long sink = 0;
            for (int round = 0; round < 2 + ROUNDS; round++) {
                for (int side = 0; side < 2; side++) {
                    long start = System.nanoTime();
                    long startCpu = threads.getCurrentThreadCpuTime();
                    sink += side == 0 ? library(validator, agreement, read) : PlainIndexedSweep.overlaps(agreement).pairs();
                    if (round >= 2) {
                        cpu[side] = Math.min(cpu[side], (threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
                        wall[side] = Math.min(wall[side], (System.nanoTime() - start) / 1e6);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s %,9d assignments, %,9d pairs: library %8.1f ms (cpu %8.1f), plain %7.1f ms (cpu %7.1f);"
                    + " library/plain %.2f (cpu %.2f)  [%d]%n", mode, size, expected.pairs(), wall[0], cpu[0], wall[1], cpu[1],
                    wall[0] / wall[1], cpu[0] / cpu[1], sink);
        }
    }

    /** The library's check; with {@code read}, every finding made, and its locations read. */
    private static long library(AgreementValidator validator, Agreement agreement, boolean read) {
        Report report = validator.validate(agreement);
        if (!read) {
            return report.findings().size();
        }
        long sum = 0;
        for (Finding finding : report.findings()) {
            sum += finding.location().tokens().size() + finding.related().size();
        }
        return sum;
    }
}
