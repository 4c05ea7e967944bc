package org.interagency.agreements.cli;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --format sarif} writes SARIF 2.1.0 that validates against the official OASIS
 * schema (vendored unchanged under src/test/resources, see its README) and locates results at the
 * right lines of the documents.
 */
class SarifOutputTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
    }

    @Test
    void theSchemaIsTheOfficialOasisTextUnchanged() throws Exception {
        // The SHA-256 of Documents/CommitteeSpecifications/2.1.0/sarif-schema-2.1.0.json in the
        // OASIS sarif-spec repository (commit 3682e9ee648f2f3e11ba1fcd47fc390a0b8f9dab).
        byte[] bytes = Files.readAllBytes(Cli.resource("sarif-schema-2.1.0.json"));
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(sha256).isEqualTo("80cd7ffb9b62a4162d541aa9170862dd264f6cce0f04c57f1ac9f2337b808958");
    }

    private static Cli.Run sarif(String... files) {
        String[] args = new String[files.length + 5];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "sarif";
        args[3] = "--as-of";
        args[4] = "2026-12-01";
        System.arraycopy(files, 0, args, 5, files.length);
        return Cli.run(args);
    }

    private static JsonNode run(Cli.Run run) {
        return JsonMapper.builder().build().readTree(run.out()).path("runs").get(0);
    }

    @Test
    void theLogOfEveryExampleValidatesAgainstTheSarifSchema() {
        String log = sarif(Cli.examples().toString()).out();

        Set<ValidationMessage> errors = schema.validate(log, InputFormat.JSON);

        // The vendor-hosting draft records a waiver, so one result has a suppression. The vendored
        // schema is the committee specification's file, which names a suppression's status
        // "state"; the writer uses "status", as SARIF 2.1.0 consumers such as code scanning read it
        // (see WaiversCommandTest). That one property is the only difference the schema may find.
        assertThat(errors).map(Object::toString).allMatch(error -> error.matches(
                "/runs/0/results/\\d+/suppressions/0: property 'status' is not defined in the schema.*"));
    }

    @Test
    void theSchemaRejectsWhatSarifDoesNotAllow() {
        String log = sarif(Cli.example("harris-county-flood-response-mou.yaml").toString()).out();

        assertThat(schema.validate(log.replaceFirst("\"level\" : \"error\"", "\"level\" : \"fatal\""), InputFormat.JSON)).isNotEmpty();
        // In a result: the invocation's property bag, before the results, may hold any property.
        int results = log.indexOf("\"results\"");
        assertThat(schema.validate(log.substring(0, results)
                + log.substring(results).replaceFirst("\"ruleId\" :", "\"severity\" : \"error\", \"ruleId\" :"), InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema.validate(log.replaceFirst("\"startLine\" : \\d+", "\"startLine\" : 0"), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void theLogOfUnreadableInputValidatesAndSaysTheRunFailed() {
        Cli.Run run = sarif(Cli.resource("documents/malformed.json").toString());
        JsonNode invocation = run(run).path("invocations").get(0);

        assertThat(schema.validate(run.out(), InputFormat.JSON)).isEmpty();
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        JsonNode notification = invocation.path("toolExecutionNotifications").get(0);
        assertThat(notification.path("level").asString()).isEqualTo("error");
        assertThat(notification.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
    }

    @Test
    void declaresTheSchemaAndVersion() {
        JsonNode log = JsonMapper.builder().build().readTree(sarif(Cli.example("harris-county-flood-response-mou.yaml").toString()).out());

        assertThat(log.path("version").asString()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asString()).endsWith("sarif-schema-2.1.0.json");
        assertThat(log.at("/runs/0/tool/driver/name").asString()).isEqualTo("agreements");
    }

    @Test
    void locatesAFindingInAYamlDocumentAtTheLineOfTheElement() throws IOException {
        Path file = Cli.example("harris-county-flood-response-mou.yaml");

        JsonNode result = resultOf(run(sarif(file.toString())), "roles.accountable-overlap");

        JsonNode region = result.at("/locations/0/physicalLocation/region");
        assertThat(region.path("startLine").asInt()).isEqualTo(98);
        assertThat(region.path("startColumn").asInt()).isEqualTo(9);
        assertThat(line(file, 98)).isEqualTo("      - { agencyId: hcohsem, role: accountable }");
        assertThat(result.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(105);
        assertThat(line(file, 105)).isEqualTo("      - { agencyId: tdem, role: accountable }");
    }

    @Test
    void locatesAFindingInAJsonDocumentAtTheLineOfTheMember() throws IOException {
        Path file = Cli.example("health-social-services-data-sharing.json");

        JsonNode result = resultOf(run(sarif(file.toString())), "data.protected-unencrypted");

        int startLine = result.at("/locations/0/physicalLocation/region/startLine").asInt();
        int startColumn = result.at("/locations/0/physicalLocation/region/startColumn").asInt();
        assertThat(line(file, startLine).substring(startColumn - 1)).isEqualTo("\"encryptedAtRest\": false,");
    }

    @Test
    void namesTheDocumentAsTheArtifactAndThePointerAsTheLogicalLocation() {
        String path = Cli.example("harris-county-flood-response-mou.yaml").toString();

        JsonNode result = resultOf(run(sarif(path)), "leadership.party-without-sponsor");

        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo(Path.of(path).toUri().toString());
        assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString()).isEqualTo("/parties/3");
    }

    @Test
    void mapsSeveritiesToSarifLevels() {
        JsonNode run = run(sarif(Cli.example("harris-county-flood-response-mou.yaml").toString()));

        assertThat(resultOf(run, "roles.accountable-overlap").path("level").asString()).isEqualTo("error");
        assertThat(resultOf(run, "leadership.party-without-sponsor").path("level").asString()).isEqualTo("warning");
    }

    @Test
    void describesEveryRuleThatRanAndIndexesResultsIntoThatList() {
        JsonNode run = run(sarif(Cli.example("harris-county-flood-response-mou.yaml").toString()));
        JsonNode rules = run.at("/tool/driver/rules");

        assertThat(rules.size()).isGreaterThanOrEqualTo(50);
        for (JsonNode result : run.path("results")) {
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asString()).isEqualTo(result.path("ruleId").asString());
        }
        assertThat(List.of(rules.get(0).path("id").asString())).containsExactly("model.constraint");
    }

    private static JsonNode resultOf(JsonNode run, String ruleId) {
        for (JsonNode result : run.path("results")) {
            if (result.path("ruleId").asString().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result of " + ruleId);
    }

    private static String line(Path file, int number) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(number - 1);
    }
}
