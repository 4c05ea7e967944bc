package org.interagency.agreements.benchmarks.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.internal.Documents;
import org.interagency.agreements.json.internal.Limits;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.util.concurrent.TimeUnit;

/**
 * Reading a typical agreement of about 20 KB from bytes, against two floors measured in the same
 * run: Jackson's bare streaming parse of the same bytes (every token read, nothing built), and
 * the same with the text of every name and value materialized. Reading plus full validation
 * (Bean Validation and every rule) shows what a service that accepts agreements pays per document.
 *
 * <p>Two documents: {@code valid}, the typical agreement, which passes every rule, and
 * {@code gaps}, the same agreement written so that each of its 40 responsibilities gives a
 * {@code roles.accountability-gap} error, to show what building findings costs. Compare each
 * benchmark with the floors of its own document.
 *
 * <p>{@code strictReadWithoutPositions} is the same read with the reader's internal switch that
 * records no source positions (the library always records them): the difference to
 * {@code strictRead} is what keeping the position of every value costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {

    /** {@code valid}: no findings; {@code gaps}: one error per responsibility. */
    @Param({"valid", "gaps"})
    public String findings;

    private byte[] document;
    private AgreementJson json;
    private AgreementValidator validator;
    private Documents withoutPositions;
    private JsonFactory factory;

    /** Writes the agreement to bytes, and checks that it gives the findings it is meant to. */
    @Setup(Level.Trial)
    public void setUp() {
        json = AgreementJson.defaults();
        boolean gaps = "gaps".equals(findings);
        document = json.writeBytes(gaps ? SyntheticAgreements.withAccountabilityGaps(40)
                : SyntheticAgreements.withResponsibilities(40));
        factory = JsonFactory.builder().build();
        withoutPositions = Documents.withoutPositions(new Limits(json.maxDocumentBytes(), json.maxDepth(),
                json.maxStringLength(), json.maxPropertyNameLength(), json.maxNumberLength(), json.maxTokenCount(),
                json.maxProblems()), false);
        validator = AgreementValidator.defaults();
        int found = validator.validate(json.read(DocumentSource.of(document, "document", DocumentSyntax.JSON)).agreement()).findings().size();
        if (found != (gaps ? 40 : 0)) {
            throw new IllegalStateException("the " + findings + " agreement gives " + found + " findings");
        }
    }

    /** The floor: Jackson's streaming parser reads every token and builds nothing. */
    @Benchmark
    public void jacksonTokensOnly(Blackhole blackhole) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                blackhole.consume(token);
            }
        }
    }

    /** A second floor: every token read and the text of every name and value made a String. */
    @Benchmark
    public void jacksonTokensWithText(Blackhole blackhole) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document)) {
            while (parser.nextToken() != null) {
                blackhole.consume(parser.getString());
            }
        }
    }

    /** The strict, bounded reader of agreements-json: UTF-8 check, every check, the whole model built. */
    @Benchmark
    public Agreement strictRead() {
        return json.read(DocumentSource.of(document, "document", DocumentSyntax.JSON)).agreement();
    }

    /** The strict read as {@link #strictRead()}, recording no source positions. */
    @Benchmark
    public Agreement strictReadWithoutPositions() {
        return withoutPositions.readAgreement(document, document.length, DocumentSyntax.JSON).value();
    }

    /** Reading and full validation: Bean Validation and every built-in rule. */
    @Benchmark
    public Report readAndValidate() {
        return validator.validate(json.read(DocumentSource.of(document, "document", DocumentSyntax.JSON)).agreement());
    }
}
