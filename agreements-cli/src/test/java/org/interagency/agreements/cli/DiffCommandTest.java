package org.interagency.agreements.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agreements diff OLD NEW}: the changes between two versions of an agreement, material
 * first; exit 0 with no material change, 1 with one, 2 on bad input. The versions are those of
 * examples/versions (examples/README.md lists their changes; ExampleVersionsTest checks them all).
 */
class DiffCommandTest {

    private static final String FLOOD = "harris-county-flood-response-mou.yaml";
    private static final String MATCH = "computer-matching-ssa-calfresh.json";

    private static Path version(String name) {
        return Cli.examples().resolveSibling("versions").resolve(name);
    }

    private static String flood() {
        return Cli.example(FLOOD).toString();
    }

    private static String amendment() {
        return version("harris-county-flood-response-mou-amendment-1.yaml").toString();
    }

    @Test
    void aMaterialChangeExitsOneAndTheTextGroupsChangesBySectionMaterialFirstWithLinesOnBothSides() {
        Cli.Run run = Cli.run("diff", flood(), amendment());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        String out = run.out();
        assertThat(out.indexOf("material changes: 2")).isGreaterThan(0).isLessThan(out.indexOf("administrative changes: 4"));
        // The new assignment: absent before, at line 120 of the amendment (its "- {" item).
        assertThat(out).contains("  responsibilities\n    added    /responsibilities/sheltering/assignments/hcfcd accountable * 2027-03-01..2030-05-31\n"
                + "             previous -  current 120:9\n");
        // The new telephone number: in both documents, at the lines where each stands.
        assertThat(out).contains("changed  /parties/hcfcd/contacts/jerome.batiste@hcfcd.example.gov/phone\n"
                + "             previous 46:9  current 51:9\n             \"+1 713 555 0102\" -> \"+1 713 555 0199\"\n");
        assertThat(out).endsWith("2 material and 4 administrative changes\n");
    }

    @Test
    void onlyAdministrativeChangesExitZero(@TempDir Path dir) throws IOException {
        Path renamed = dir.resolve("renamed.yaml");
        Files.writeString(renamed, Files.readString(Cli.example(FLOOD), StandardCharsets.UTF_8)
                .replace("title: Memorandum of Understanding for Coordinated Flood Response",
                        "title: Memorandum of Understanding on Coordinated Flood Response"), StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("diff", flood(), renamed.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("material changes: 0").contains("administrative changes: 1").contains("/title");
    }

    @Test
    void aDocumentComparedWithItselfHasNoChange() {
        Cli.Run run = Cli.run("diff", flood(), flood());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("0 material and 0 administrative changes\n");
    }

    @Test
    void withFindingsTheAmendmentIntroducesTheOverlapAndResolvesTheTimeLimit() {
        Cli.Run run = Cli.run("diff", flood(), amendment(), "--findings", "--as-of", "2026-12-01", "--format", "json");

        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.path("agreementId").asString()).isEqualTo("harris-county-flood-response-mou");
        assertThat(root.path("current").path("version").asString()).isEqualTo("2");
        assertThat(root.path("counts").path("material").asInt()).isEqualTo(2);
        JsonNode introduced = root.path("findings").path("introduced");
        assertThat(introduced).hasSize(1);
        assertThat(introduced.get(0).path("ruleId").asString()).isEqualTo("roles.accountable-overlap");
        assertThat(introduced.get(0).path("line").asInt()).isEqualTo(120);
        assertThat(root.path("findings").path("resolved").get(0).path("ruleId").asString())
                .isEqualTo("escalation.level-without-time-limit");
        assertThat(root.path("findings").path("unchanged").asInt()).isEqualTo(2);
        JsonNode first = root.path("changes").get(0);
        assertThat(first.path("class").asString()).isEqualTo("material");
        assertThat(first.has("previous")).isFalse();
        assertThat(first.path("current").path("pointer").asString()).isEqualTo("/escalationPaths/0/levels/2/responseTime");
    }

    @Test
    void aRenewalThatChangesTheMatchIsReportedUnderTheStatute() {
        Cli.Run run = Cli.run("diff", Cli.example(MATCH).toString(),
                version("computer-matching-ssa-calfresh-renewal-changed.json").toString(), "--findings", "--as-of", "2026-12-01");

        assertThat(run.out()).contains("introduced: 2").contains("us-cma.renewal-without-change  /dataSharingProtocols/1/retention");
    }

    @Test
    void markdownEscapesTheMarkupADocumentHoldsAndGoesToTheOutputFile(@TempDir Path dir) throws IOException {
        Path hostile = dir.resolve("hostile.yaml");
        Files.writeString(hostile, Files.readString(Cli.example(FLOOD), StandardCharsets.UTF_8)
                .replace("title: Memorandum of Understanding for Coordinated Flood Response in Harris County, Texas",
                        "title: \"*b* `c` | <img src=x onerror=f()> | [x](javascript:f())\""),
                StandardCharsets.UTF_8);
        Path output = dir.resolve("diff.md");

        Cli.Run run = Cli.run("diff", flood(), hostile.toString(), "--format", "markdown", "--output", output.toString());

        assertThat(run.out()).isEmpty();
        String markdown = Files.readString(output, StandardCharsets.UTF_8);
        String row = markdown.lines().filter(l -> l.startsWith("| title |")).findFirst().orElseThrow();
        // Five cells, whatever the title holds: each | of the document is escaped.
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6);
        assertThat(row).contains("\\<img src=x onerror=f()\\>").contains("\\[x\\](javascript:f())")
                .contains("\\*b\\* \\`c\\`");
    }

    @Test
    void twoDifferentAgreementsAreAnErrorUnlessForced() {
        Cli.Run refused = Cli.run("diff", flood(), Cli.example(MATCH).toString());
        Cli.Run forced = Cli.run("diff", flood(), Cli.example(MATCH).toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("two different agreements").contains("\"harris-county-flood-response-mou\"")
                .contains("\"cma-ssa-cdss-2026\"").contains("--force");
        assertThat(forced.exitCode()).isEqualTo(1);
        assertThat(forced.out()).contains("material changes:");
    }

    @Test
    void anUnreadableVersionIsAnErrorNamingFileLineAndColumn() {
        Cli.Run run = Cli.run("diff", flood(), Cli.resource("documents/malformed.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("malformed.json:");
    }
}
