package org.interagency.agreements.robustness;

import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentLimitException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.robustness.Hostiles.JSON;
import static org.interagency.agreements.robustness.Hostiles.VALIDATOR;
import static org.interagency.agreements.robustness.Hostiles.problems;
import static org.interagency.agreements.robustness.Hostiles.rejected;

/**
 * Inputs too big to check in, generated as streams: deep nesting, a 200 MB string, a million
 * parties, a huge key. Each must be refused early, within a bounded allocation, whatever the heap;
 * surefire runs this module with {@code -Xmx512m}, so reading any of them whole would fail.
 */
class HostileSizesTest {

    private static final long MIB = 1024 * 1024;

    @AfterAll
    static void writeTable() {
        Measured.writeTable("hostile-sizes");
    }

    @Test
    void rejectsArraysNestedOneHundredThousandDeep() {
        DocumentLimitException e = rejected("generated: JSON arrays nested 100 000 deep", DocumentLimitException.class,
                () -> JSON.read(DocumentSource.of(GeneratedDocuments.deeplyNestedArrays(100_000), "document", DocumentSyntax.JSON)).agreement());
        assertThat(withoutColumns(e)).containsExactly("LIMIT 3 /vision");
        assertThat(e.getMessage()).contains("deeper than 32 levels");
    }

    @Test
    void rejectsObjectsNestedOneHundredThousandDeep() {
        DocumentLimitException e = rejected("generated: JSON objects nested 100 000 deep", DocumentLimitException.class,
                () -> JSON.read(DocumentSource.of(GeneratedDocuments.deeplyNestedObjects(100_000), "document", DocumentSyntax.JSON)).agreement());
        assertThat(withoutColumns(e)).containsExactly("LIMIT 3 /term/a");
        assertThat(e.getMessage()).contains("deeper than 32 levels");
    }

    @Test
    @DisplayName("a 200 MB string is refused after the first 4 MiB, allocating a bounded amount")
    void rejectsATwoHundredMegabyteString() {
        GeneratedDocuments.SegmentedInputStream document = (GeneratedDocuments.SegmentedInputStream)
                GeneratedDocuments.longTitle(GeneratedDocuments.TWO_HUNDRED_MEGABYTES);
        Measured.Outcome outcome = Measured.run("generated: a 200 MB title, JSON stream", () -> JSON.read(DocumentSource.of(document, "document", DocumentSyntax.JSON)).agreement());
        DocumentLimitException e = outcome.thrown(DocumentLimitException.class);
        assertThat(problems(e)).containsExactly("LIMIT 0:0 /");
        assertThat(e.getMessage()).contains("more than the limit of 4194304");
        assertThat(document.delivered()).isEqualTo(AgreementJson.DEFAULT_MAX_DOCUMENT_BYTES + 1);
        assertThat(outcome.allocatedBytes()).isLessThan(32 * MIB);
    }

    @Test
    void rejectsATwoHundredMegabyteStringInYaml() {
        Measured.Outcome outcome = Measured.run("generated: a 200 MB title, YAML stream",
                () -> JSON.read(DocumentSource.of(GeneratedDocuments.longTitle(GeneratedDocuments.TWO_HUNDRED_MEGABYTES), "document", DocumentSyntax.YAML)).agreement());
        assertThat(problems(outcome.thrown(DocumentLimitException.class))).containsExactly("LIMIT 0:0 /");
        assertThat(outcome.allocatedBytes()).isLessThan(32 * MIB);
    }

    @Test
    @DisplayName("a 200 MB file is refused by its size, before a byte is read")
    void rejectsATwoHundredMegabyteFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("two-hundred-megabytes.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(GeneratedDocuments.TWO_HUNDRED_MEGABYTES);
        }
        Measured.Outcome outcome = Measured.run("generated: a 200 MB file", () -> JSON.read(DocumentSource.of(file, DocumentSyntax.JSON)).agreement());
        assertThat(problems(outcome.thrown(DocumentLimitException.class))).containsExactly("LIMIT 0:0 /");
        assertThat(outcome.allocatedBytes()).isLessThan(MIB);
    }

    @Test
    void rejectsAMillionParties() {
        Measured.Outcome outcome = Measured.run("generated: 1 000 000 parties (119 MB)",
                () -> JSON.read(DocumentSource.of(GeneratedDocuments.manyParties(1_000_000), "document", DocumentSyntax.JSON)).agreement());
        assertThat(problems(outcome.thrown(DocumentLimitException.class))).containsExactly("LIMIT 0:0 /");
        assertThat(outcome.allocatedBytes()).isLessThan(32 * MIB);
    }

    @Test
    @DisplayName("with the document limit raised, the token limit still stops 200 000 parties (24 MB)")
    void rejectsTwoHundredThousandPartiesByTheTokenLimit() {
        AgreementJson generous = AgreementJson.builder().maxDocumentBytes(64 * MIB).maxTokenCount(100_000).build();
        Measured.Outcome outcome = Measured.run("generated: 200 000 parties, document limit 64 MiB, token limit 100 000",
                () -> generous.read(DocumentSource.of(GeneratedDocuments.manyParties(200_000), "document", DocumentSyntax.JSON)).agreement());
        DocumentLimitException e = outcome.thrown(DocumentLimitException.class);
        assertThat(e.getMessage()).contains("more than 100000 tokens");
        assertThat(e.pointer().tokens()).startsWith("parties");
        // The 24 MB document is held twice while it is read (stream buffers, then one array), and
        // the parties read before the limit stops the reader: well under 128 MiB.
        assertThat(outcome.allocatedBytes()).isLessThan(128 * MIB);
    }

    @Test
    void rejectsAOneMegabyteString() {
        DocumentLimitException e = rejected("generated: a title of 1 048 576 characters", DocumentLimitException.class,
                () -> JSON.read(DocumentSource.of(GeneratedDocuments.longTitle(MIB), "document", DocumentSyntax.JSON)).agreement());
        assertThat(withoutColumns(e)).containsExactly("LIMIT 4 /title");
        assertThat(e.getMessage()).contains("longer than 16384 characters");
    }

    @Test
    void rejectsAOneMegabyteKey() {
        DocumentLimitException e = rejected("generated: a key of 1 048 576 characters", DocumentLimitException.class,
                () -> JSON.read(DocumentSource.of(GeneratedDocuments.longKey(MIB), "document", DocumentSyntax.JSON)).agreement());
        assertThat(withoutColumns(e)).containsExactly("LIMIT 2 /");
        assertThat(e.getMessage()).contains("longer than 256 characters");
    }

    @Test
    @DisplayName("3 000 parties fit the reader's limits; the validator flags the list and every party")
    void validatesMorePartiesThanTheModelAllows() {
        Measured.Outcome outcome = Measured.run("generated: 3 000 distinct parties (330 kB), read and validated",
                () -> VALIDATOR.validate(JSON.read(DocumentSource.of(GeneratedDocuments.distinctParties(3_000), "document", DocumentSyntax.JSON)).agreement()));
        Report report = outcome.value(Report.class);
        assertThat(report.findingsOf("model.constraint")).extracting(f -> f.location().toString())
                .containsExactly("/parties");
        assertThat(report.findingsOf("leadership.party-without-sponsor")).hasSize(3_000);
        assertThat(report.findingsOf("comms.party-without-contact")).hasSize(3_000);
    }

    /**
     * Each problem as {@code "KIND line /pointer"}. For limits, Jackson reports the column where
     * its input pointer stood when the limit tripped, which can lie past the end of the line
     * (reported to the lead); the line and the pointer are right, and those are asserted.
     */
    private static java.util.List<String> withoutColumns(DocumentLimitException e) {
        return e.problems().stream()
                .map(p -> p.kind() + " " + p.line() + " " + (p.pointer().isRoot() ? "/" : p.pointer().toString()))
                .toList();
    }
}
