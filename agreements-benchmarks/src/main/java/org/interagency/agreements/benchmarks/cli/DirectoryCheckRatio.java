package org.interagency.agreements.benchmarks.cli;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link DirectoryCheckBenchmark} (the check and its parallel baseline) at one and two
 * threads in one JMH run and prints, after JMH's own table, the documents (or tasks) per second of
 * each and the ratio of two threads to one, for the check and for the baseline. It takes JMH's
 * options:
 *
 * <pre>
 * java -Djmh.ignoreLock=true -cp agreements-benchmarks/target/benchmarks.jar \
 *     org.interagency.agreements.benchmarks.cli.DirectoryCheckRatio -f 2 -wi 5 -w 1s -i 8 -r 1s
 * </pre>
 */
public final class DirectoryCheckRatio {

    private DirectoryCheckRatio() {
    }

    /**
     * Runs the benchmark and prints the throughputs and their ratio.
     *
     * @param args JMH's command-line options
     * @throws CommandLineOptionException if an option is not one of JMH's
     * @throws RunnerException if JMH cannot run the benchmark
     */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(DirectoryCheckBenchmark.class.getName() + ".(checkDirectory|parallelBaseline)")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Map<Integer, Result<?>>> byBenchmark = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byBenchmark.computeIfAbsent(benchmark.substring(benchmark.lastIndexOf('.') + 1), name -> new TreeMap<>())
                    .put(Integer.valueOf(result.getParams().getParam("threads")), result.getPrimaryResult());
        }
        for (Map.Entry<String, Map<Integer, Result<?>>> benchmark : byBenchmark.entrySet()) {
            String unit = benchmark.getKey().equals("checkDirectory") ? "documents/s" : "tasks/s";
            for (Map.Entry<Integer, Result<?>> entry : benchmark.getValue().entrySet()) {
                System.out.printf(Locale.ROOT, "%s threads=%d: %.0f ± %.0f %s%n", benchmark.getKey(), entry.getKey(),
                        entry.getValue().getScore(), entry.getValue().getScoreError(), unit);
            }
            Result<?> one = benchmark.getValue().get(1);
            Result<?> two = benchmark.getValue().get(2);
            if (one != null && two != null) {
                System.out.printf(Locale.ROOT, "%s ratio 2 threads / 1 thread: %.2f%n", benchmark.getKey(),
                        two.getScore() / one.getScore());
            }
        }
    }
}
