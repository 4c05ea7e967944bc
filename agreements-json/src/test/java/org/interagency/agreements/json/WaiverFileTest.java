package org.interagency.agreements.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Waiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Waiver files are read as strictly as agreements, and their schema says the same. */
class WaiverFileTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AgreementSchema.waiversText());

    private static byte[] bytes(String name) {
        try (InputStream in = WaiverFileTest.class.getResourceAsStream("/waivers/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Waiver> read(String name) {
        DocumentSyntax syntax = name.endsWith(".yaml") ? DocumentSyntax.YAML : DocumentSyntax.JSON;
        return AgreementJson.defaults().readWaivers(DocumentSource.of(bytes(name), name, syntax));
    }

    private static DocumentProblem onlyProblem(String name) {
        AgreementReadException e = catchThrowableOfType(AgreementReadException.class, () -> read(name));
        assertThat(e).as(name + " is rejected").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid.json", "valid.yaml"})
    void readsEachWaiverWithItsTargetInOrder(String name) {
        assertThat(read(name)).containsExactly(
                new Waiver("roles.accountable-overlap", "harris-flood-mou", "/responsibilities/2",
                        "The county and the state share evacuation accountability until the 2027 revision.",
                        "Harris County Attorney", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)),
                new Waiver("trust.none", "harris-flood-mou", "3f2a9c0e", "Joint exercises are planned in the annex.",
                        "TDEM General Counsel", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void anUnknownKeyIsAProblemWhereItIsWithTheKeysAllowed() {
        DocumentProblem problem = onlyProblem("unknown-key.json");

        assertThat(problem.kind()).isEqualTo(ProblemKind.UNKNOWN_PROPERTY);
        assertThat(problem.pointer()).isEqualTo(JsonPointer.of("waivers", 0, "approvedUntil"));
        assertThat(problem.line()).isEqualTo(12);
        assertThat(problem.message()).contains("approvedUntil").contains("justification");
    }

    @Test
    void aWaiverWithoutJustificationIsAProblemAtThatWaiver() {
        DocumentProblem problem = onlyProblem("missing-justification.json");

        assertThat(problem.kind()).isEqualTo(ProblemKind.MISSING_VALUE);
        assertThat(problem.pointer()).isEqualTo(JsonPointer.of("waivers", 0, "justification"));
        assertThat(problem.line()).isEqualTo(4);
    }

    @Test
    void aWaiverWithoutExpiryIsAProblemAtThatWaiver() {
        DocumentProblem problem = onlyProblem("missing-expiry.json");

        assertThat(problem.kind()).isEqualTo(ProblemKind.MISSING_VALUE);
        assertThat(problem.pointer()).isEqualTo(JsonPointer.of("waivers", 0, "expires"));
    }

    @Test
    void aWaiverThatExpiresBeforeItWasApprovedIsAlreadyPastWhenMadeAndRejected() {
        DocumentProblem problem = onlyProblem("expires-before-approval.json");

        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
        assertThat(problem.pointer()).isEqualTo(JsonPointer.of("waivers", 0));
        assertThat(problem.message()).contains("cannot expire before");
    }

    @Test
    void twoWaiversOfOneFindingAreAProblemAtTheSecond() {
        DocumentProblem problem = onlyProblem("duplicate-waiver.json");

        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
        assertThat(problem.pointer()).isEqualTo(JsonPointer.of("waivers", 1));
        assertThat(problem.line()).isEqualTo(13);
        assertThat(problem.message()).contains("repeats waiver 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"location-and-fingerprint.json", "no-target.json"})
    void aWaiverNamesItsFindingExactlyOneWay(String name) {
        DocumentProblem problem = onlyProblem(name);

        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
        assertThat(problem.pointer()).isEqualTo(JsonPointer.of("waivers", 0));
        assertThat(problem.message()).contains("\"location\"").contains("\"fingerprint\"");
    }

    @Test
    void aDuplicateKeyIsAProblemEvenWhenEscaped() {
        String json = "{\"schemaVersion\": \"1.0\", \"waivers\": [], \"waiv\\u0065rs\": []}";

        AgreementReadException e = catchThrowableOfType(AgreementReadException.class, () -> AgreementJson.defaults()
                .readWaivers(DocumentSource.of(json, "waivers.json", DocumentSyntax.JSON)));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.DUPLICATE_KEY));
    }

    @Test
    void yamlAnchorsAndAliasesAreRejectedAsInAgreements() {
        String yaml = "schemaVersion: \"1.0\"\nwaivers:\n  - &w\n    ruleId: trust.none\n  - *w\n";

        assertThatThrownBy(() -> AgreementJson.defaults().readWaivers(DocumentSource.of(yaml, "waivers.yaml", DocumentSyntax.YAML)))
                .isInstanceOf(AgreementReadException.class);
    }

    @Test
    void aWaiverFileIsReadWithinTheReadersSizeLimit() {
        AgreementJson small = AgreementJson.builder().maxDocumentBytes(100).build();

        assertThatThrownBy(() -> small.readWaivers(DocumentSource.of(bytes("valid.json"), "valid.json", DocumentSyntax.JSON)))
                .isInstanceOf(DocumentLimitException.class);
    }

    @Test
    void theSchemaIsADraft202012SchemaWithItsId() {
        assertThat(AgreementSchema.waiversText())
                .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                .contains("\"$id\": \"" + AgreementSchema.WAIVERS_ID + "\"");
    }

    @Test
    void theSchemaAcceptsTheValidFile() {
        assertThat(SCHEMA.validate(new String(bytes("valid.json"), StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-key.json", "missing-justification.json", "missing-expiry.json",
        "location-and-fingerprint.json", "no-target.json"})
    void theSchemaRejectsWhatTheReaderRejectsWhereASchemaCanSayIt(String name) {
        assertThat(SCHEMA.validate(new String(bytes(name), StandardCharsets.UTF_8), InputFormat.JSON)).isNotEmpty();
    }
}
