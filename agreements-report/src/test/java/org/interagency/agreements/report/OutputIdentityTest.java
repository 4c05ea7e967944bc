package org.interagency.agreements.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cheap findings (pointers that classify their tokens once, messages written when read, findings
 * compared field by field) change no byte of any report: for the examples and for generated
 * agreements, the text, JSON and SARIF output of the validator's report equals that of the
 * oracle, the same findings with every message written at once, and the report's order is the
 * old order ({@link OldFindingOrder}, kept verbatim).
 */
class OutputIdentityTest {

    private static final AgreementJson JSON = AgreementJson.defaults();
    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
            .build();

    @Test
    void theReportsOfTheExamplesAreTheOraclesByteForByte() throws IOException {
        Path examples = Path.of(System.getProperty("agreements.examples"), "agreements");
        List<CheckedDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples)) {
            for (Path file : files.sorted().toList()) {
                documents.add(checked(file.getFileName().toString(), JSON.read(DocumentSource.of(file))));
            }
        }

        assertThat(documents).hasSizeGreaterThanOrEqualTo(5);
        assertSameOutputAsOracle(documents);
    }

    @Provide
    Arbitrary<Agreement> agreements() {
        return Arbitraries.oneOf(AgreementArbitraries.agreements(), Defects.of("roles.accountable-overlap"),
                Defects.of("roles.responsible-duplicate"), Defects.of("roles.assignee-not-party"), Defects.of("roles.accountability-gap"));
    }

    @Property(tries = 60)
    void theReportsOfGeneratedAgreementsAreTheOraclesByteForByte(@ForAll("agreements") Agreement agreement) {
        String json = JSON.writePretty(agreement);
        ReadResult read = JSON.read(DocumentSource.of(json, "generated.json", DocumentSyntax.JSON));

        assertSameOutputAsOracle(List.of(checked("generated.json", read)));
    }

    private static CheckedDocument checked(String path, ReadResult read) {
        return CheckedDocument.checked(path, read.agreement(), VALIDATOR.validate(read.agreement()), read.positions());
    }

    private static void assertSameOutputAsOracle(List<CheckedDocument> documents) {
        List<CheckedDocument> oracle = new ArrayList<>();
        for (CheckedDocument document : documents) {
            List<Finding> findings = document.report().findings();
            List<Finding> inOldOrder = new ArrayList<>(findings);
            inOldOrder.sort(OldFindingOrder.FINDINGS);
            assertThat(findings).as("the order of %s", document.path()).containsExactlyElementsOf(inOldOrder);
            oracle.add(CheckedDocument.checked(document.path(), document.agreement(),
                    new Report(eager(inOldOrder), document.report().outcomes()), document.positions()));
        }
        List<RuleSummary> rules = RuleSummary.of(VALIDATOR);
        CheckOutcome now = new CheckOutcome(documents, List.of(), rules);
        CheckOutcome old = new CheckOutcome(oracle, List.of(), rules);
        for (ReportWriter writer : List.of(ReportWriter.text(), ReportWriter.text(true), ReportWriter.json(),
                ReportWriter.sarif("0.1.0-test"))) {
            assertThat(write(writer, now)).isEqualTo(write(writer, old));
        }
    }

    /** Each finding as the old path made it: its message written at once. */
    private static List<Finding> eager(List<Finding> findings) {
        List<Finding> copies = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding copy = new Finding(f.ruleId(), f.severity(), f.message(), f.location(), f.related(), f.hint())
                    .withCitations(f.citations()).withFingerprint(f.fingerprint()).withWaiver(f.waiver());
            assertThat(copy).isEqualTo(f);
            copies.add(copy);
        }
        return copies;
    }

    private static String write(ReportWriter writer, CheckOutcome outcome) {
        StringWriter out = new StringWriter();
        writer.write(outcome, new PrintWriter(out));
        return out.toString();
    }
}
