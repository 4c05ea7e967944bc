package org.interagency.agreements.benchmarks.versions;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.benchmarks.json.SyntheticAgreements;
import org.interagency.agreements.core.AgreementDiff;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.versions.VersionComparison;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The comparison of two versions of an agreement with 10<sup>3</sup>, 10<sup>4</sup> and
 * 10<sup>5</sup> assignments (responsibilities of three assignments each), against reading the two
 * documents in the same run: the target of issue 17 is O(n log n), under a second at
 * 10<sup>5</sup>, and within three times the reads; and against validating the current version,
 * the check the comparison comes with. The three sizes show the growth: O(n log n) is about 10 to
 * 13 times the time per tenfold size.
 *
 * <p>The current version is the previous one with its responsibilities in another order (which
 * is no change), every hundredth description reworded (administrative) and every hundredth
 * responsibility given a consulted agency (material): at 10<sup>5</sup>, 334 + 333 changes, found
 * among 10<sup>5</sup> matched assignments.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DiffBenchmark {

    /** The number of assignments, three per responsibility (rounded up to a multiple of three). */
    @Param({"1000", "10000", "100000"})
    public int assignments;

    private Agreement previous;
    private Agreement current;
    private byte[] previousDocument;
    private byte[] currentDocument;
    private AgreementJson json;
    private AgreementValidator validator;

    /** Builds both versions and their documents, and checks that the comparison finds the edits. */
    @Setup(Level.Trial)
    public void setUp() {
        int responsibilities = (assignments + 2) / 3;
        previous = SyntheticAgreements.withResponsibilities(responsibilities);
        current = amend(previous);
        // At 10^5 assignments the documents are about 20 MB each: past the reader's default bound, which is for
        // documents from strangers.
        json = AgreementJson.builder().maxDocumentBytes(256L * 1024 * 1024).maxTokenCount(Long.MAX_VALUE).build();
        validator = AgreementValidator.defaults();
        previousDocument = json.writeBytes(previous);
        currentDocument = json.writeBytes(current);
        // One added assignment per i % 100 == 0, one reworded description per i % 100 == 50.
        int expected = (responsibilities + 99) / 100 + (responsibilities + 49) / 100;
        int found = diff().changes().size();
        if (found != expected) {
            throw new IllegalStateException("the comparison found " + found + " changes, not " + expected);
        }
    }

    /** The comparison of the two versions, element by element. */
    @Benchmark
    public VersionComparison diff() {
        return AgreementDiff.between(previous, current);
    }

    /**
     * The other baseline: validating the current version alone, which a check of the amendment
     * costs anyway ({@code diff --findings} and {@code check --baseline} add the comparison to it).
     */
    @Benchmark
    public Report validateCurrent() {
        return validator.validate(current);
    }

    /** The baseline: reading the two documents the comparison would be made from. */
    @Benchmark
    public void readBoth(Blackhole blackhole) {
        blackhole.consume(json.read(DocumentSource.of(previousDocument, "previous", DocumentSyntax.JSON)).agreement());
        blackhole.consume(json.read(DocumentSource.of(currentDocument, "current", DocumentSyntax.JSON)).agreement());
    }

    private static Agreement amend(Agreement agreement) {
        List<Responsibility> amended = new ArrayList<>(agreement.responsibilities().size());
        for (int i = 0; i < agreement.responsibilities().size(); i++) {
            Responsibility r = agreement.responsibilities().get(i);
            if (i % 100 == 0) {
                List<Assignment> assignments = new ArrayList<>(r.assignments());
                assignments.add(Assignment.of(agreement.parties().get(0).agencyId(), RaciRole.CONSULTED));
                r = new Responsibility(r.id(), r.scope(), r.description(), assignments);
            } else if (i % 100 == 50) {
                r = new Responsibility(r.id(), r.scope(), r.description() + " (reworded)", r.assignments());
            }
            amended.add(r);
        }
        Collections.shuffle(amended, new Random(17));
        return AgreementBuilder.builder(agreement).responsibilities(amended).build();
    }
}
