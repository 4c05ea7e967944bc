package org.interagency.agreements.benchmarks.server;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The work of one {@code POST /v1/check} without HTTP: read the document's bytes, validate, write
 * the JSON report. Run it with as many threads as the load test's server has validation threads
 * ({@code -t 2} here) and compare its operations per second with wrk's requests per second
 * ({@code agreements-server/load/run.sh}): the ratio is what HTTP costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ServiceBaselineBenchmark {

    /** The document, relative to the directory JMH runs in (the repository's root). */
    @Param("examples/agreements/harris-county-flood-response-mou.yaml")
    String document;

    private byte[] bytes;
    private AgreementJson reader;
    private AgreementValidator validator;

    /** Reads the file and builds the validator the service builds for {@code ?asOf=2026-12-01}. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        bytes = Files.readAllBytes(Path.of(document));
        reader = AgreementJson.defaults();
        validator = AgreementValidator.builder()
                .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .build();
    }

    /** Read, validate, write the report. */
    @Benchmark
    public String check() {
        ReadResult read = reader.read(DocumentSource.of(bytes, "document.yaml", DocumentSyntax.YAML));
        Report report = validator.validate(read.agreement());
        CheckOutcome outcome = CheckOutcome.of(List.of(CheckedDocument.checked("document.yaml", read.agreement(), report,
                read.positions())), null, RuleSummary.of(validator));
        StringWriter out = new StringWriter();
        ReportWriter.json().write(outcome, new PrintWriter(out));
        return out.toString();
    }
}
