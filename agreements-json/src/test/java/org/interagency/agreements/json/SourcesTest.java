package org.interagency.agreements.json;

import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every source reads the same agreement, within the same bounds; a lenient reader reports what it ignored. */
class SourcesTest {

    private final AgreementJson json = AgreementJson.defaults();
    private final byte[] mou = Samples.bytes("agreements/flood-response-mou.json");

    @Test
    void readsTheSameAgreementFromEverySource(@TempDir Path directory) throws Exception {
        Path file = Files.write(directory.resolve("mou.json"), mou);

        assertThat(json.read(DocumentSource.of(new ByteArrayInputStream(mou), "document", DocumentSyntax.JSON)).agreement()).isEqualTo(json.read(DocumentSource.of(mou, "document", DocumentSyntax.JSON)).agreement())
                .isEqualTo(json.read(DocumentSource.of(file, DocumentSyntax.JSON)).agreement()).isEqualTo(json.read(new String(mou, java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void boundsAStreamWithoutReadingPastTheLimit() {
        AgreementJson small = AgreementJson.builder().maxDocumentBytes(1000).build();

        assertThatThrownBy(() -> small.read(DocumentSource.of(new ByteArrayInputStream(mou), "document", DocumentSyntax.JSON)).agreement())
                .isInstanceOf(DocumentLimitException.class).hasMessageContaining("maxDocumentBytes");
    }

    @Test
    void boundsAFileByItsSize(@TempDir Path directory) throws Exception {
        Path file = Files.write(directory.resolve("mou.json"), mou);
        AgreementJson small = AgreementJson.builder().maxDocumentBytes(1000).build();

        assertThatThrownBy(() -> small.read(DocumentSource.of(file, DocumentSyntax.JSON)).agreement()).isInstanceOf(DocumentLimitException.class);
    }

    @Test
    void saysWhichPathIsADirectoryRatherThanADocument(@TempDir Path directory) {
        assertThatThrownBy(() -> json.read(DocumentSource.of(directory, DocumentSyntax.JSON)).agreement())
                .isInstanceOf(DocumentSourceException.class)
                .hasMessage("cannot read " + directory + ": it is a directory, not a file");
    }

    @Test
    void saysWhichFileDoesNotExist(@TempDir Path directory) {
        Path missing = directory.resolve("missing.yaml");

        assertThatThrownBy(() -> json.read(DocumentSource.of(missing, DocumentSyntax.YAML)).agreement())
                .isInstanceOf(DocumentSourceException.class)
                .hasMessage("cannot read " + missing + ": no such file")
                .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void writesToAStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.write(json.read(DocumentSource.of(mou, "document", DocumentSyntax.JSON)).agreement(), out, true);

        assertThat(json.read(DocumentSource.of(out.toByteArray(), "document", DocumentSyntax.JSON)).agreement()).isEqualTo(json.read(DocumentSource.of(mou, "document", DocumentSyntax.JSON)).agreement());
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\n  \"schemaVersion\": \"1.0\",\n").endsWith("}\n");
    }

    @Test
    void aLenientReaderReportsUnknownPropertiesAsFindings() {
        ReadResult result = AgreementJson.builder().lenient(true).build()
                .read(DocumentSource.of(Samples.bytes("hostile/unknown-property.json"), "document", DocumentSyntax.JSON));

        assertThat(result.agreement().id()).isEqualTo("minimal-mou");
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.location().toString()).isEqualTo("/term/renewl");
            assertThat(finding.message()).contains("did you mean \"renewal\"");
        });
    }

    @Test
    void aLenientReaderStillRejectsEverythingElse() {
        AgreementJson lenient = AgreementJson.builder().lenient(true).build();

        assertThatThrownBy(() -> lenient.read(DocumentSource.of(Samples.bytes("hostile/duplicate-key-escaped.json"), "document", DocumentSyntax.JSON)).agreement())
                .isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> lenient.read(DocumentSource.of(Samples.bytes("hostile/null-status.json"), "document", DocumentSyntax.JSON)).agreement())
                .isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void aStrictReaderReturnsNoFindings() {
        assertThat(json.read(DocumentSource.of(mou, "document", DocumentSyntax.JSON)).findings()).isEmpty();
    }

    @Test
    void keepsItsConfigurationWhenRebuilt() {
        AgreementJson configured = AgreementJson.builder().maxDepth(7).lenient(true).build();

        AgreementJson rebuilt = configured.toBuilder().maxProblems(5).build();

        assertThat(rebuilt.maxDepth()).isEqualTo(7);
        assertThat(rebuilt.isLenient()).isTrue();
        assertThat(rebuilt.maxProblems()).isEqualTo(5);
        assertThat(rebuilt.maxDocumentBytes()).isEqualTo(AgreementJson.DEFAULT_MAX_DOCUMENT_BYTES);
    }

    @Test
    void refusesLimitsThatAreNotPositive() {
        assertThatThrownBy(() -> AgreementJson.builder().maxTokenCount(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTokenCount");
    }
}
