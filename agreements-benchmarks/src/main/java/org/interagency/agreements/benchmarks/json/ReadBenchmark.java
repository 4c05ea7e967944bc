package org.interagency.agreements.benchmarks.json;

import org.interagency.agreements.Agreement;
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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {

    private byte[] document;
    private AgreementJson json;
    private AgreementValidator validator;
    private JsonFactory factory;

    /** Writes the typical agreement to bytes and warms the validator. */
    @Setup(Level.Trial)
    public void setUp() {
        json = AgreementJson.defaults();
        document = json.writeBytes(SyntheticAgreements.withResponsibilities(40));
        factory = JsonFactory.builder().build();
        validator = AgreementValidator.defaults();
        validator.validate(json.read(document));
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
        return json.read(document);
    }

    /** Reading and full validation: Bean Validation and every built-in rule. */
    @Benchmark
    public Report readAndValidate() {
        return validator.validate(json.read(document));
    }
}
