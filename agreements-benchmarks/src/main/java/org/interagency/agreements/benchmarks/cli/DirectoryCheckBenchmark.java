package org.interagency.agreements.benchmarks.cli;

import org.interagency.agreements.benchmarks.json.SyntheticAgreements;
import org.interagency.agreements.cli.internal.DocumentChecks;
import org.interagency.agreements.cli.internal.FileSelection;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.ReportWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code agreements check DIR} on a directory of {@value #DOCUMENTS} small documents, through the
 * command's own code: the files listed in path order, read and checked on a pool of
 * {@link #threads} workers ({@code --threads}), and the text report written (to nowhere). The
 * score is in documents per second; {@link DirectoryCheckRatio} runs both thread counts and
 * prints their ratio.
 *
 * <p>The baseline, {@link #parallelBaseline}, is what the machine gives perfectly parallel work at
 * that moment: as many tasks of pure arithmetic (no allocation, no shared state, about as much
 * CPU time as a document) on a pool of as many workers, their results collected in order. Its
 * ratio of two threads to one is the most the check could reach on the same machine under the
 * same load.
 *
 * <p>The documents are {@link SyntheticAgreements} with three responsibilities (five parties,
 * every section filled, about 6 KB of JSON each); every other one has an accountability gap in
 * each responsibility, so half of them have findings to report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(DirectoryCheckBenchmark.DOCUMENTS)
public class DirectoryCheckBenchmark {

    /** How many documents the directory holds. */
    static final int DOCUMENTS = 2_000;

    /** The workers of the pool, as {@code --threads} sets them. */
    @Param({"1", "2"})
    public int threads;

    private Path directory;
    private DocumentChecks checks;
    private PrintWriter nowhere;

    /** Writes the documents into a new temporary directory and builds the checks, as the command does. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        AgreementJson json = AgreementJson.defaults();
        byte[] clean = json.writeBytes(SyntheticAgreements.withResponsibilities(3));
        byte[] withFindings = json.writeBytes(SyntheticAgreements.withAccountabilityGaps(3));
        directory = Files.createTempDirectory("agreements-directory-check");
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.write(directory.resolve(String.format("agreement-%04d.json", i)), i % 2 == 0 ? clean : withFindings);
        }
        AgreementValidator validator = DocumentChecks.validator(LocalDate.of(2026, 12, 1), null, List.of(), List.of());
        checks = new DocumentChecks(validator, false, false, json, FileSelection.all(), InputStream.nullInputStream(),
                DocumentSyntax.JSON, threads);
        nowhere = new PrintWriter(Writer.nullWriter());
        CheckOutcome outcome = checkDirectory();
        if (outcome.documents().size() != DOCUMENTS) {
            throw new IllegalStateException("checked " + outcome.documents().size() + " documents, not " + DOCUMENTS);
        }
    }

    /** Deletes the directory. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * As many tasks of arithmetic as the directory has documents, on a new pool of
     * {@link #threads} workers, collected in order: {@code check DIR}'s pool with nothing to
     * contend for.
     *
     * @return the sum of the tasks' results, for JMH to consume
     * @throws ExecutionException never: a task cannot fail
     * @throws InterruptedException if interrupted while waiting for a task
     */
    @Benchmark
    public long parallelBaseline() throws ExecutionException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>(DOCUMENTS);
            for (int i = 0; i < DOCUMENTS; i++) {
                long seed = i + 1;
                futures.add(pool.submit(() -> arithmetic(seed)));
            }
            long sum = 0;
            for (Future<Long> future : futures) {
                sum += future.get();
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }

    /** About 150 µs of xorshift steps on one core, allocating nothing. */
    private static long arithmetic(long seed) {
        long x = seed;
        for (int i = 0; i < 150_000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    /**
     * Checks every document of the directory and writes the text report.
     *
     * @return the outcome, for JMH to consume
     */
    @Benchmark
    public CheckOutcome checkDirectory() {
        CheckOutcome outcome = checks.check(List.of(directory), "check", false, nowhere);
        ReportWriter.text(false, false).write(outcome, nowhere);
        return outcome;
    }
}
