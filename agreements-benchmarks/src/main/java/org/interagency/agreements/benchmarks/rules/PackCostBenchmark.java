package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.rules.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the us-cma pack costs on the full computer matching example (examples/agreements, packed
 * into this jar), side by side in the same run: {@link #withPack()} validates it with the
 * principles and the pack it claims, {@link #withoutPack()} the same agreement without the claim,
 * with the principles only. The target (issue 16): at most 1.5 times the time without the pack.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PackCostBenchmark {

    private AgreementValidator validator;
    private Agreement claiming;
    private Agreement notClaiming;

    /** Reads the example and builds the validator, found packs included. */
    @Setup(Level.Trial)
    public void setUp() {
        try (InputStream in = Objects.requireNonNull(PackCostBenchmark.class.getResourceAsStream(
                "/examples/computer-matching-ssa-calfresh.json"), "the example is packed into the jar")) {
            claiming = AgreementJson.defaults().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        notClaiming = AgreementBuilder.builder(claiming).claims(List.of()).build();
        validator = AgreementValidator.builder().build();
        if (validator.validate(claiming).outcomeOf("us-cma.verification").isEmpty()) {
            throw new IllegalStateException("the us-cma pack is not on the class path");
        }
    }

    /** Bean Validation, the principles' rules and the us-cma pack the example claims. */
    @Benchmark
    public Report withPack() {
        return validator.validate(claiming);
    }

    /** The baseline: the same agreement without its claim, so the principles' rules only. */
    @Benchmark
    public Report withoutPack() {
        return validator.validate(notClaiming);
    }
}
