package org.interagency.agreements.benchmarks.report;

import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReportWriter;
import org.interagency.agreements.report.RuleSummary;
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
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The HTML report of the example agreements (examples/agreements, packed into the jar), against
 * the check that comes before it, in the same run: {@code check} reads and validates every
 * example (the baseline), {@code report} assesses each and writes the one page from the check's
 * outcome, as {@code agreements report} does after its check. Issue 20's target: {@code report}
 * under one second; its ratio to {@code check} says what the page adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

    /** The examples, as examples/README.md lists them. */
    private static final List<String> EXAMPLES = List.of("blm-usace-economy-act-order-draft.yaml",
            "blm-usace-economy-act-order.yaml", "blm-usace-interagency-acquisition.yaml",
            "computer-matching-ssa-calfresh-overlong-draft.json", "computer-matching-ssa-calfresh.json",
            "harris-county-flood-response-mou.yaml", "health-social-services-data-sharing.json",
            "multnomah-health-ehr-hosting-mou.json", "multnomah-health-vendor-hosting-mou-draft.json",
            "williamson-county-fire-mutual-aid.yaml");

    private final List<String> texts = new ArrayList<>();
    private AgreementJson reader;
    private AgreementValidator validator;
    private CheckOutcome checked;

    /** Loads the examples' text, bootstraps the validator and checks once for {@link #report()}. */
    @Setup(Level.Trial)
    public void setUp() {
        for (String name : EXAMPLES) {
            try (InputStream in = Objects.requireNonNull(ReportBenchmark.class.getResourceAsStream("/examples/" + name),
                    () -> "the example " + name + " is packed into the jar")) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        reader = AgreementJson.defaults();
        validator = AgreementValidator.builder()
                .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build();
        checked = check();
        report();
    }

    /** Reads and validates every example, keeping each text for the excerpts: the baseline. */
    @Benchmark
    public CheckOutcome check() {
        List<CheckedDocument> documents = new ArrayList<>(EXAMPLES.size());
        for (int i = 0; i < EXAMPLES.size(); i++) {
            String name = EXAMPLES.get(i);
            DocumentSyntax syntax = name.endsWith(".json") ? DocumentSyntax.JSON : DocumentSyntax.YAML;
            ReadResult read = reader.read(DocumentSource.of(texts.get(i), name, syntax));
            Report report = validator.validate(read.agreement());
            documents.add(CheckedDocument.checked(name, read.agreement(), report, read.positions()).withText(texts.get(i)));
        }
        return new CheckOutcome(documents, List.of(), RuleSummary.of(validator));
    }

    /** After the check: each document's assessment and the page, written to a counting sink. */
    @Benchmark
    public long report() {
        List<CheckedDocument> documents = new ArrayList<>(checked.documents().size());
        for (CheckedDocument document : checked.documents()) {
            documents.add(document.withAssessment(Rubric.builtIn().assess(Objects.requireNonNull(document.agreement()),
                    document.report(), validator)));
        }
        CountingWriter sink = new CountingWriter();
        ReportWriter.html(LocalDate.of(2026, 12, 1)).write(new CheckOutcome(documents, List.of(), checked.rules()),
                new PrintWriter(sink));
        return sink.chars;
    }

    /** Counts what it is given, so the page is written in full but not kept. */
    private static final class CountingWriter extends Writer {
        private long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
