package org.interagency.agreements.robustness;

import com.sun.management.ThreadMXBean;
import org.interagency.agreements.rules.Report;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Runs one hostile input under a hang guard and records what it cost: wall time, bytes allocated
 * by the reading thread and the peak of the heap, for the table in the issue note.
 *
 * <p>The time bound is a guard against hangs, not a performance test: it is generous (10 s) and
 * the inputs that matter finish in milliseconds. Memory is bounded twice: surefire runs this
 * module with {@code -Xmx512m}, so an unbounded read fails with {@link OutOfMemoryError}, and the
 * big inputs assert an upper bound on the bytes their reading thread allocated.
 */
final class Measured {

    /** The hang guard of every hostile input. */
    static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(Measured.class);
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ConcurrentLinkedQueue<Row> ROWS = new ConcurrentLinkedQueue<>();

    static {
        warmUp();
    }

    /** What running an input gave: its value or what it threw, and what it cost. */
    record Outcome(@Nullable Object value, @Nullable Throwable thrown, Duration time, long allocatedBytes,
            long peakHeapBytes) {

        /** The exception thrown, which must be of {@code type}; anything else fails the test with the real outcome. */
        <T extends Throwable> T thrown(Class<T> type) {
            if (!type.isInstance(thrown)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but the outcome was " + describe(),
                        thrown);
            }
            return type.cast(thrown);
        }

        /** The value returned, which must be of {@code type}; a throw fails the test with the exception as cause. */
        <T> T value(Class<T> type) {
            if (thrown != null || !type.isInstance(value)) {
                throw new AssertionError("expected a " + type.getSimpleName() + " but the outcome was " + describe(),
                        thrown);
            }
            return type.cast(value);
        }

        String describe() {
            if (thrown != null) {
                String message = String.valueOf(thrown.getMessage());
                return thrown.getClass().getSimpleName() + ": " + Texts.shorten(message, 160);
            }
            if (value instanceof Report report) {
                return "Report: " + report.findings().size() + " findings, " + report.errors().size() + " errors"
                        + (report.findings().isEmpty() ? "" : ", first " + Texts.shorten(report.findings().get(0).ruleId()
                        + " " + report.findings().get(0).location(), 80));
            }
            return Texts.shorten(String.valueOf(value), 160);
        }
    }

    /** One row of the table: input, outcome, time, allocated bytes and peak heap. */
    record Row(String input, String outcome, Duration time, long allocatedBytes, long peakHeapBytes) {
        Row {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(time, "time");
        }
    }

    private Measured() {
    }

    /**
     * Reads and validates the two clean base documents once, before the first guard starts. The
     * first read and the first validation in a JVM load the reader's and the validator's classes
     * and ICU4J's confusables data: under a load of 20 on two cores that took longer than the
     * guard, and the first input validated (the base document) failed as if it hung. That cost
     * is the JVM's, paid once; the guard bounds what each input costs by itself.
     */
    private static void warmUp() {
        for (String file : List.of("base-clean.json", "base-clean.yaml")) {
            Hostiles.VALIDATOR.validate(Hostiles.read(file));
        }
    }

    /**
     * Runs {@code action} in a separate thread that is abandoned after {@link #HANG_GUARD}, and
     * records the row. Every throwable, errors included, becomes part of the outcome so that the
     * test can name it.
     */
    static Outcome run(String input, Callable<?> action) {
        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<MemoryPoolMXBean> heap = heapPools();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long thread = Thread.currentThread().getId();
            long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
            long started = System.nanoTime();
            Object value = null;
            Throwable thrown = null;
            try {
                value = action.call();
            } catch (Throwable t) {
                thrown = t;
            }
            Duration time = Duration.ofNanos(System.nanoTime() - started);
            long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
            long peak = 0;
            for (MemoryPoolMXBean pool : heap) {
                peak += pool.getPeakUsage().getUsed();
            }
            return new Outcome(value, thrown, time, allocated, peak);
        }, () -> "the input " + input + " did not finish within " + HANG_GUARD.toSeconds() + " s");
        ROWS.add(new Row(input, outcome.describe(), outcome.time(), outcome.allocatedBytes(), outcome.peakHeapBytes()));
        return outcome;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pools.add(pool);
            }
        }
        return pools;
    }

    /**
     * Logs the rows recorded so far as a Markdown table and writes it to
     * {@code target/robustness/<name>.md}, so that the build log and the issue note show it.
     */
    static void writeTable(String name) {
        StringBuilder table = new StringBuilder()
                .append("| input | outcome | time (ms) | allocated (MiB) | peak heap (MiB) |\n")
                .append("|---|---|---:|---:|---:|\n");
        List<Row> rows = new ArrayList<>(ROWS);
        ROWS.clear();
        rows.sort((a, b) -> a.input().compareTo(b.input()));
        for (Row row : rows) {
            table.append("| ").append(row.input())
                    .append(" | ").append(row.outcome().replace("|", "\\|").replace("\n", " "))
                    .append(" | ").append(String.format(java.util.Locale.ROOT, "%.1f", row.time().toNanos() / 1e6))
                    .append(" | ").append(String.format(java.util.Locale.ROOT, "%.1f", row.allocatedBytes() / 1048576.0))
                    .append(" | ").append(String.format(java.util.Locale.ROOT, "%.0f", row.peakHeapBytes() / 1048576.0))
                    .append(" |\n");
        }
        LOG.info("{} ({} inputs):\n{}", name, rows.size(), table);
        try {
            Path file = Path.of("target", "robustness", name + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("could not write the table {}", name, e);
        }
    }
}
