package org.interagency.agreements.cli;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --baseline FILE}: findings matched by fingerprint with an earlier JSON report or an
 * earlier version; only new findings fail the check; the report counts the resolved ones.
 */
class BaselineCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String flood() {
        return Cli.example("harris-county-flood-response-mou.yaml").toString();
    }

    private static String version(String name) {
        return Cli.examples().resolveSibling("versions").resolve(name).toString();
    }

    private static Path report(Path dir, String document) throws IOException {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, Cli.run("check", "--format", "json", "--as-of", "2026-12-01", document).out(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aCheckAgainstItsOwnReportPassesThoughItHasErrors(@TempDir Path dir) throws IOException {
        Cli.Run run = Cli.run("check", "--as-of", "2026-12-01", "--baseline", report(dir, flood()).toString(), flood());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 error").contains("baseline: 0 new, 3 unchanged, 0 resolved.");
    }

    @Test
    void theAmendmentFailsOnlyOnTheOverlapItIntroducesAndCountsWhatItResolves(@TempDir Path dir) throws IOException {
        Cli.Run run = Cli.run("check", "--as-of", "2026-12-01", "--format", "json", "--baseline", report(dir, flood()).toString(),
                version("harris-county-flood-response-mou-amendment-1.yaml"));

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode root = JSON.readTree(run.out());
        List<String> states = new ArrayList<>();
        for (JsonNode finding : root.path("documents").get(0).path("findings")) {
            states.add(finding.path("pointer").asString() + " " + finding.path("baselineState").asString());
        }
        assertThat(states).containsExactlyInAnyOrder("/parties/3 unchanged", "/responsibilities/1/assignments/0 unchanged",
                "/responsibilities/3/assignments/3 new");
        JsonNode baseline = root.path("baseline");
        assertThat(baseline.path("new").asInt()).isEqualTo(1);
        assertThat(baseline.path("resolved").asInt()).isEqualTo(1);
        assertThat(baseline.path("resolvedFindings").get(0).path("ruleId").asString()).isEqualTo("escalation.level-without-time-limit");
        assertThat(baseline.path("resolvedFindings").get(0).path("line").asInt()).isEqualTo(165);
    }

    @Test
    void aWarningIntroducedFailsOnlyUnderFailOnWarning(@TempDir Path dir) throws IOException {
        Path baseline = report(dir, version("harris-county-flood-response-mou-amendment-1.yaml"));

        // The flood MOU against its amendment's report: the time-limit warning is new to it.
        assertThat(Cli.run("check", "--as-of", "2026-12-01", "--baseline", baseline.toString(), flood()).exitCode()).isZero();
        assertThat(Cli.run("check", "--as-of", "2026-12-01", "--fail-on", "warning", "--baseline", baseline.toString(), flood())
                .exitCode()).isEqualTo(1);
    }

    @Test
    void anEarlierVersionAsTheBaselineChecksARenewalAgainstIt() {
        String signed = Cli.example("computer-matching-ssa-calfresh.json").toString();

        Cli.Run unchanged = Cli.run("check", "--as-of", "2026-12-01", "--baseline", signed,
                version("computer-matching-ssa-calfresh-renewal.json"));
        Cli.Run changed = Cli.run("check", "--as-of", "2026-12-01", "--baseline", signed,
                version("computer-matching-ssa-calfresh-renewal-changed.json"));

        assertThat(unchanged.exitCode()).isZero();
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).contains("us-cma.renewal-without-change  /dataSharingProtocols/0/dataSets/0/dataElements/3")
                .contains("baseline: 2 new, 0 unchanged, 0 resolved.");
    }

    @Test
    void theSarifLogHasBaselineStatesAndTheResolvedFindingAsAbsentAndValidates(@TempDir Path dir) throws IOException {
        Cli.Run run = Cli.run("check", "--as-of", "2026-12-01", "--format", "sarif", "--baseline", report(dir, flood()).toString(),
                version("harris-county-flood-response-mou-amendment-1.yaml"));

        List<String> states = new ArrayList<>();
        for (JsonNode result : JSON.readTree(run.out()).path("runs").get(0).path("results")) {
            states.add(result.path("ruleId").asString() + " " + result.path("baselineState").asString());
            assertThat(result.path("partialFingerprints").path("agreementsFinding/v1").asString()).hasSize(32);
        }
        assertThat(states).containsExactlyInAnyOrder("leadership.party-without-sponsor unchanged",
                "roles.accountable-overlap unchanged", "roles.accountable-overlap new", "escalation.level-without-time-limit absent");
        try (InputStream in = BaselineCommandTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            assertThat(schema.validate(run.out(), InputFormat.JSON)).isEmpty();
        }
    }

    @Test
    void aBaselineThatIsNeitherAReportNorADocumentIsAClearError(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("baseline.json");
        Files.writeString(broken, "{ \"documents\" : [ { \"findings\" : [ { \"fingerprint\" : \"x\" } ] } ] }", StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("check", "--baseline", broken.toString(), flood());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--baseline").contains("no text \"ruleId\" at /documents/0/findings/0");
    }

    @Test
    void aVersionOfAnotherAgreementIsAClearError() {
        Cli.Run run = Cli.run("check", "--baseline", Cli.example("computer-matching-ssa-calfresh.json").toString(), flood());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no document checked holds the agreement \"cma-ssa-cdss-2026\"");
    }

    /** The two sheltering agreements of the portfolio test resources, copied to {@code dir}. */
    private static Path portfolio(Path dir) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("portfolio"));
        for (String name : List.of("county-sheltering.yaml", "red-cross-sheltering.yaml")) {
            Files.copy(Cli.resource("portfolio").resolve(name), copy.resolve(name));
        }
        return copy;
    }

    /** The Red Cross agreement with {@code responsibility} (YAML lines) inserted before its first responsibility. */
    private static void insertIntoRedCross(Path portfolio, String responsibility) throws IOException {
        Path file = portfolio.resolve("red-cross-sheltering.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\nresponsibilities:\n");
        Files.writeString(file, text.replace("\nresponsibilities:\n", "\nresponsibilities:\n" + responsibility), StandardCharsets.UTF_8);
    }

    private static String redCrossAccountable(String id, String scope) {
        return "  - id: " + id + "\n    scope: " + scope + "\n    description: The work of " + id + ".\n    assignments:\n"
                + "      - { agencyId: red-cross-texas-gulf-coast, role: accountable, jurisdiction: us/tx/harris-county }\n"
                + "      - { agencyId: red-cross-texas-gulf-coast, role: responsible, jurisdiction: us/tx/harris-county }\n";
    }

    private static List<String> portfolioStates(JsonNode root) {
        List<String> states = new ArrayList<>();
        for (JsonNode finding : root.path("portfolioFindings")) {
            assertThat(finding.path("fingerprint").asString()).matches("[0-9a-f]{32}");
            states.add(finding.path("ruleId").asString() + " " + finding.path("baselineState").asString());
        }
        return states;
    }

    @Test
    void aPortfolioCheckedAgainstItsOwnReportKnowsTheOverlapBetweenItsAgreements(@TempDir Path dir) throws IOException {
        Path portfolio = portfolio(dir);
        Path baseline = dir.resolve("baseline.json");
        Cli.Run first = Cli.run("check", "--as-of", "2026-12-01", "--portfolio", "--format", "json", portfolio.toString());
        assertThat(first.exitCode()).as("the overlap between the agreements is an error").isEqualTo(1);
        Files.writeString(baseline, first.out(), StandardCharsets.UTF_8);
        // A responsibility the overlap does not concern, inserted before it, moves it in the list.
        insertIntoRedCross(portfolio, redCrossAccountable("feeding", "emergency/flood/feeding"));

        Cli.Run run = Cli.run("check", "--as-of", "2026-12-01", "--portfolio", "--format", "json", "--baseline", baseline.toString(),
                portfolio.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(portfolioStates(root)).containsExactly("roles.accountable-overlap unchanged");
        assertThat(root.path("baseline").path("new").asInt()).isZero();
        assertThat(root.path("baseline").path("resolved").asInt()).isZero();
    }

    @Test
    void aNewOverlapBetweenAgreementsIsNewSinceTheBaseline(@TempDir Path dir) throws IOException {
        Path portfolio = portfolio(dir);
        Path baseline = dir.resolve("baseline.json");
        Files.writeString(baseline, Cli.run("check", "--as-of", "2026-12-01", "--portfolio", "--format", "json",
                portfolio.toString()).out(), StandardCharsets.UTF_8);
        // The Red Cross now also answers for all flood work in the county, where the county answers for sheltering.
        insertIntoRedCross(portfolio, redCrossAccountable("flood", "emergency/flood"));

        Cli.Run run = Cli.run("check", "--as-of", "2026-12-01", "--portfolio", "--baseline", baseline.toString(), portfolio.toString());
        Cli.Run json = Cli.run("check", "--as-of", "2026-12-01", "--portfolio", "--format", "json", "--baseline", baseline.toString(),
                portfolio.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(portfolioStates(JSON.readTree(json.out()))).containsExactlyInAnyOrder("roles.accountable-overlap unchanged",
                "roles.accountable-overlap new");
        assertThat(run.out()).containsPattern("between agreements\n(.*\n)*.*new since the baseline");
    }

}
