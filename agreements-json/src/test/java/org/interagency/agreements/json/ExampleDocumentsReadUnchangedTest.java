package org.interagency.agreements.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.Party;
import org.interagency.agreements.ResourceCommitment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every schema 1.0 document shipped in {@code examples/agreements} reads unchanged with the 1.1
 * model: it keeps its version, none of the values 1.1 added is set, and what the writer writes
 * back is the file's JSON tree, parsed by plain Jackson (not by this module's reader), so the
 * reading lost nothing and added nothing. The tree is compared as the 1.0 format defines its
 * equivalences: an empty list is an absent one, and a duration is its length ({@code P10D} is
 * written {@code PT240H}).
 */
class ExampleDocumentsReadUnchangedTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "agreements");
    private static final ObjectMapper JSON_TREES = JsonMapper.builder().build();
    private static final ObjectMapper YAML_TREES = YAMLMapper.builder().build();

    private final AgreementJson json = AgreementJson.defaults();

    static Stream<Path> oneZeroExamples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> documents = files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml"))
                    .sorted().toList();
            assertThat(documents).as("example documents").hasSizeGreaterThanOrEqualTo(6);
            return documents.stream().filter(ExampleDocumentsReadUnchangedTest::declaresOneZero);
        }
    }

    private static boolean declaresOneZero(Path file) {
        try {
            return tree(file).path("schemaVersion").asString().equals("1.0");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("oneZeroExamples")
    void keepsItsVersionAndHasNoValueOfOneOne(Path file) throws IOException {
        Agreement agreement = json.read(DocumentSource.of(Files.readAllBytes(file), file.toString(), syntax(file)))
                .agreement();

        assertThat(agreement.schemaVersion()).isEqualTo("1.0");
        assertThat(agreement.provisions()).isEmpty();
        assertThat(agreement.approvals()).isEmpty();
        assertThat(agreement.notices()).isEmpty();
        assertThat(agreement.certifications()).isEmpty();
        assertThat(agreement.auditRights()).isEmpty();
        assertThat(agreement.payment()).isNull();
        assertThat(agreement.claims()).isEmpty();
        assertThat(agreement.waivers()).isEmpty();
        assertThat(agreement.term().terminationNotice()).isNull();
        for (Party party : agreement.parties()) {
            assertThat(party.governmentLevel()).isNull();
            assertThat(party.legalRoles()).isEmpty();
            assertThat(party.identifiers()).isEmpty();
        }
        for (DataSharingProtocol protocol : agreement.dataSharingProtocols()) {
            assertThat(protocol.retentionStart()).isNull();
            assertThat(protocol.safeguards()).isEmpty();
            for (DataSet set : protocol.dataSets()) {
                assertThat(set).isEqualTo(new DataSet(set.id(), set.name(), set.classification(), set.personalData()));
            }
        }
        for (ResourceCommitment commitment : agreement.resourceCommitments()) {
            assertThat(commitment.funds()).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("oneZeroExamples")
    void isWrittenBackAsTheSameTree(Path file) throws IOException {
        Agreement agreement = json.read(DocumentSource.of(Files.readAllBytes(file), file.toString(), syntax(file)))
                .agreement();

        assertSameTree("", tree(file), JSON_TREES.readTree(json.write(agreement)));
    }

    private static void assertSameTree(String pointer, JsonNode source, JsonNode written) {
        if (source.isObject()) {
            assertThat(written.isObject()).as(pointer).isTrue();
            Set<String> names = new TreeSet<>();
            for (String name : source.propertyNames()) {
                if (!(source.get(name).isArray() && source.get(name).isEmpty())) {
                    names.add(name);
                }
            }
            assertThat(new TreeSet<>(written.propertyNames())).as(pointer).isEqualTo(names);
            for (String name : names) {
                assertSameTree(pointer + "/" + name, source.get(name), written.get(name));
            }
        } else if (source.isArray()) {
            assertThat(written.size()).as(pointer).isEqualTo(source.size());
            for (int i = 0; i < source.size(); i++) {
                assertSameTree(pointer + "/" + i, source.get(i), written.get(i));
            }
        } else if (source.isNumber()) {
            assertThat(written.decimalValue()).as(pointer).isEqualByComparingTo(source.decimalValue());
        } else if (source.isString() && isDuration(source.stringValue())) {
            assertThat(Duration.parse(written.stringValue())).as(pointer).isEqualTo(Duration.parse(source.stringValue()));
        } else {
            assertThat(written).as(pointer).isEqualTo(source);
        }
    }

    private static boolean isDuration(String text) {
        if (!text.startsWith("P") || text.contains("Y") || text.contains("W") || (text.contains("M") && !text.contains("T"))) {
            return false;
        }
        try {
            Duration.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static JsonNode tree(Path file) throws IOException {
        return (file.toString().endsWith(".yaml") ? YAML_TREES : JSON_TREES).readTree(Files.readString(file));
    }

    private static DocumentSyntax syntax(Path file) {
        return file.toString().endsWith(".yaml") ? DocumentSyntax.YAML : DocumentSyntax.JSON;
    }
}
