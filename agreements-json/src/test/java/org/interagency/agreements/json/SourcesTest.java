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

        assertThat(json.read(new ByteArrayInputStream(mou))).isEqualTo(json.read(mou))
                .isEqualTo(json.read(file)).isEqualTo(json.read(new String(mou, java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void boundsAStreamWithoutReadingPastTheLimit() {
        AgreementJson small = AgreementJson.builder().maxDocumentBytes(1000).build();

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(mou)))
                .isInstanceOf(DocumentLimitException.class).hasMessageContaining("maxDocumentBytes");
    }

    @Test
    void boundsAFileByItsSize(@TempDir Path directory) throws Exception {
        Path file = Files.write(directory.resolve("mou.json"), mou);
        AgreementJson small = AgreementJson.builder().maxDocumentBytes(1000).build();

        assertThatThrownBy(() -> small.read(file)).isInstanceOf(DocumentLimitException.class);
    }

    @Test
    void saysWhichPathIsADirectoryRatherThanADocument(@TempDir Path directory) {
        assertThatThrownBy(() -> json.read(directory))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage(directory + " is a directory, not a document; give the path of an agreement file")
                .hasCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void saysWhichFileDoesNotExist(@TempDir Path directory) {
        Path missing = directory.resolve("missing.yaml");

        assertThatThrownBy(() -> json.readYaml(missing))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage(missing + " does not exist; give the path of an agreement file")
                .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void writesToAStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        json.write(json.read(mou), out, true);

        assertThat(json.read(out.toByteArray())).isEqualTo(json.read(mou));
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\n  \"schemaVersion\": \"1.0\",\n").endsWith("}\n");
    }

    @Test
    void aLenientReaderReportsUnknownPropertiesAsFindings() {
        ReadResult result = AgreementJson.builder().lenient(true).build()
                .readWithFindings(Samples.bytes("hostile/unknown-property.json"));

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

        assertThatThrownBy(() -> lenient.read(Samples.bytes("hostile/duplicate-key-escaped.json")))
                .isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> lenient.read(Samples.bytes("hostile/null-status.json")))
                .isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void aStrictReaderReturnsNoFindings() {
        assertThat(json.readWithFindings(mou).findings()).isEmpty();
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
