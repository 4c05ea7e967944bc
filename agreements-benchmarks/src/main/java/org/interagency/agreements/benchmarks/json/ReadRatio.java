package org.interagency.agreements.benchmarks.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.internal.Documents;
import org.interagency.agreements.json.internal.Limits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.util.Locale;

/**
 * The ratios of {@link ReadBenchmark} measured on a busy machine: the floor, the strict read and
 * read plus validation run in alternating rounds, and each keeps its fastest round, so that load
 * from other processes (which only ever slows a round down) cancels out of the ratio. A companion
 * to the JMH benchmark, not a replacement:
 *
 * <pre>
 * java -cp agreements-benchmarks/target/benchmarks.jar org.interagency.agreements.benchmarks.json.ReadRatio [gaps]
 * </pre>
 *
 * The strict read is timed twice, as the library reads (recording the source position of every
 * value) and with the reader's internal switch that records none, so that the cost of the
 * positions is a ratio of two rounds that ran side by side.
 *
 * <p>With the argument {@code gaps} it reads the agreement with one finding per responsibility
 * ({@link SyntheticAgreements#withAccountabilityGaps}); by default the valid one.
 */
public final class ReadRatio {

    // Untimed rounds first: reading plus validation runs through hundreds of methods, and the
    // JIT needs thousands of calls of each before it settles; 40 short rounds were not enough
    // and reported read + validation at 15 to 23 times the floor. The rounds are short (about a
    // millisecond each), so that many of them run without being preempted: with 60 rounds of 200
    // reads, a load average of 15 on two cores moved the cost of positions between -37 % and
    // +75 % from run to run; with 3 000 rounds of 20, by about a point (+5.4 % and +6.6 %).
    private static final int WARM_UP_ROUNDS = 3_000;
    private static final int ROUNDS = 3_000;
    private static final int PER_ROUND = 20;
    private static final int VALIDATED_PER_ROUND = PER_ROUND / 4;

    private ReadRatio() {
    }

    /** Prints the fastest round of each, in microseconds per document, and the ratios to the floor. */
    public static void main(String[] args) {
        AgreementJson json = AgreementJson.defaults();
        boolean gaps = args.length > 0 && args[0].equals("gaps");
        byte[] document = json.writeBytes(gaps ? SyntheticAgreements.withAccountabilityGaps(40)
                : SyntheticAgreements.withResponsibilities(40));
        JsonFactory factory = JsonFactory.builder().build();
        AgreementValidator validator = AgreementValidator.defaults();
        Documents withoutPositions = Documents.withoutPositions(new Limits(json.maxDocumentBytes(), json.maxDepth(),
                json.maxStringLength(), json.maxPropertyNameLength(), json.maxNumberLength(), json.maxTokenCount(),
                json.maxProblems()), false);
        double floor = Double.MAX_VALUE;
        double read = Double.MAX_VALUE;
        double bare = Double.MAX_VALUE;
        double validated = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            if (round == WARM_UP_ROUNDS) {
                floor = Double.MAX_VALUE;
                read = Double.MAX_VALUE;
                bare = Double.MAX_VALUE;
                validated = Double.MAX_VALUE;
            }
            long start = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                sink += tokens(factory, document);
            }
            floor = Math.min(floor, (System.nanoTime() - start) / 1e3 / PER_ROUND);
            start = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                sink += json.read(DocumentSource.of(document, "document", DocumentSyntax.JSON)).agreement().responsibilities().size();
            }
            read = Math.min(read, (System.nanoTime() - start) / 1e3 / PER_ROUND);
            start = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                sink += withoutPositions.readAgreement(document, document.length, DocumentSyntax.JSON).value()
                        .responsibilities().size();
            }
            bare = Math.min(bare, (System.nanoTime() - start) / 1e3 / PER_ROUND);
            start = System.nanoTime();
            for (int i = 0; i < VALIDATED_PER_ROUND; i++) {
                Agreement agreement = json.read(DocumentSource.of(document, "document", DocumentSyntax.JSON)).agreement();
                sink += validator.validate(agreement).findings().size();
            }
            validated = Math.min(validated, (System.nanoTime() - start) / 1e3 / VALIDATED_PER_ROUND);
        }
        System.out.printf(Locale.ROOT, "document: %d bytes, %s (sink %d)%n", document.length,
                gaps ? "one finding per responsibility" : "valid", sink);
        System.out.printf(Locale.ROOT, "jackson tokens only (floor): %8.1f us%n", floor);
        System.out.printf(Locale.ROOT, "strict read:                 %8.1f us = %.2f x floor%n", read, read / floor);
        System.out.printf(Locale.ROOT, "strict read, no positions:   %8.1f us = %.2f x floor; positions cost %+.1f %%%n",
                bare, bare / floor, (read / bare - 1) * 100);
        System.out.printf(Locale.ROOT, "read + full validation:      %8.1f us = %.2f x floor%n", validated,
                validated / floor);
    }

    private static int tokens(JsonFactory factory, byte[] document) {
        int count = 0;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                count += token.ordinal() & 1;
            }
        }
        return count;
    }
}
