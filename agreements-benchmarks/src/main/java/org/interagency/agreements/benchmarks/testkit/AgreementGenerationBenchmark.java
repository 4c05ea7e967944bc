package org.interagency.agreements.benchmarks.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The cost of generating agreements with the testkit, in agreements per second, next to the cost
 * of generating one short string with jqwik (the baseline: what any generated parameter costs).
 *
 * <p>{@code default} is {@code AgreementArbitraries.agreements()} as {@code @ForAll Agreement}
 * uses it; {@code large} has 8 to 16 parties and 15 to 30 responsibilities. {@code defect}
 * generates agreements with an accountable overlap, and {@code generateAndValidate} adds the
 * check of each agreement, which is what one try of a property over agreements costs.
 *
 * <p>Run: {@code java -jar agreements-benchmarks/target/benchmarks.jar AgreementGenerationBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AgreementGenerationBenchmark {

    // jqwik's default: a property runs 1000 tries and generates at this size.
    private static final int GEN_SIZE = 1000;

    /** The size of generated agreements. */
    @Param({"default", "large"})
    public String size;

    private RandomGenerator<Agreement> agreements;
    private RandomGenerator<Agreement> defects;
    private RandomGenerator<String> strings;
    private AgreementValidator validator;
    private Random random;

    /** Creates the benchmark; JMH calls this. */
    public AgreementGenerationBenchmark() {
    }

    /** Opens a jqwik session (generation outside a property needs one) and builds the generators. */
    @Setup
    public void setUp() {
        JqwikSession.start();
        Arbitrary<Agreement> arbitrary = size.equals("large")
                ? AgreementArbitraries.agreements().withParties(8, 16).withResponsibilities(15, 30)
                : AgreementArbitraries.agreements();
        agreements = arbitrary.generator(GEN_SIZE);
        defects = Defects.of("roles.accountable-overlap").generator(GEN_SIZE);
        strings = Arbitraries.strings().alpha().ofMinLength(5).ofMaxLength(20).generator(GEN_SIZE);
        validator = AgreementValidator.builder().clock(AgreementArbitraries.referenceClock()).build();
        random = new Random(42);
    }

    /** Closes the jqwik session. */
    @TearDown
    public void tearDown() {
        JqwikSession.finish();
    }

    /** Baseline: one string of 5 to 20 letters. */
    @Benchmark
    public String baselineString() {
        return strings.next(random).value();
    }

    /** One valid agreement. */
    @Benchmark
    public Agreement agreement() {
        return agreements.next(random).value();
    }

    /** One agreement with an accountable overlap (default size whatever the parameter). */
    @Benchmark
    public Agreement defect() {
        return defects.next(random).value();
    }

    /** One valid agreement, checked by the validator with every built-in rule. */
    @Benchmark
    public Report generateAndValidate() {
        return validator.validate(agreements.next(random).value());
    }
}
