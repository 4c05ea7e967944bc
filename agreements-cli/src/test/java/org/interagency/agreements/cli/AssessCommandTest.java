package org.interagency.agreements.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssessCommandTest {

    private static final String FLOOD = "harris-county-flood-response-mou.yaml";

    @Test
    void printsOneRowPerPrincipleWithLevelCriteriaAndNextStep() {
        Cli.Run run = Cli.run("assess", Cli.example(FLOOD).toString(), "--as-of", "2026-12-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("documentary evidence only").contains("as of 2026-12-01");
        // The flood MOU's roles stop at 1 on the accountable overlap (examples/README.md); the next
        // step is the remedy of assess.p2.l2.consistent in docs/assessment.md.
        assertThat(run.out().lines().filter(l -> l.contains("Clear roles and responsibilities")).findFirst().orElseThrow())
                .contains("1 stated").contains("5/6")
                .contains("to reach 2 (specified): resolve the overlaps and gaps in accountability and assign only parties");
        assertThat(run.out()).contains("Weakest: P2, P8 (1 stated)");
    }

    @Test
    void explainListsEveryCriterionWithItsSource() {
        Cli.Run run = Cli.run("assess", Cli.example(FLOOD).toString(), "--as-of", "2026-12-01", "--explain");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("assess.p8.l2.well-formed not_met").contains("escalation.level-without-time-limit")
                .contains("source verified: Campus-community partnership checklist")
                .contains("assess.p10.l4.continuity not_met");
    }

    @Test
    void jsonGivesTheProfileForPrograms() throws IOException {
        Cli.Run run = Cli.run("assess", Cli.example(FLOOD).toString(), "--as-of", "2026-12-01", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode documents = JsonMapper.builder().build().readTree(run.out());
        assertThat(documents.size()).isEqualTo(1);
        List<String> levels = new ArrayList<>();
        for (JsonNode p : documents.get(0).get("principles")) {
            levels.add(p.get("applicable").asBoolean() ? String.valueOf(p.get("level").asInt()) : "n/a");
        }
        assertThat(levels).containsExactly("4", "1", "4", "4", "4", "n/a", "2", "1", "4", "2");
        assertThat(documents.get(0).get("weakest").toString()).isEqualTo("[\"roles\",\"escalation\"]");
    }

    @Test
    void rejectsAMissingFileWithOneLineAndExitCode2(@TempDir Path dir) {
        Cli.Run run = Cli.run("assess", dir.resolve("absent.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).hasLineCount(1).contains("absent.json");
    }

    @Test
    void rejectsAnUnreadableDocumentWithOneLineAndExitCode2(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": ");
        Cli.Run run = Cli.run("assess", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).hasLineCount(1).contains("broken.json");
    }

    @Test
    void escapesControlCharactersInTheFileName(@TempDir Path dir) throws IOException {
        Path forged = dir.resolve("evil\u001b[2J\rname.yaml");
        Files.copy(Cli.example(FLOOD), forged);
        Cli.Run run = Cli.run("assess", forged.toString(), "--as-of", "2026-12-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\r");
    }

    @Test
    void markdownGivesATableRowPerPrinciple() {
        Cli.Run run = Cli.run("assess", Cli.example(FLOOD).toString(), "--as-of", "2026-12-01", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Documentary evidence only").contains("| Principle | Level | Criteria met | Next step |");
        assertThat(run.out().lines().filter(l -> l.startsWith("| P2 ")).findFirst().orElseThrow())
                .contains("| 1 stated | 5/6 |").contains("to reach 2 (specified)");
        assertThat(run.out().lines().filter(l -> l.matches("\\| P\\d+ .*")).count()).isEqualTo(10);
    }

    @Test
    void markdownEscapesAFileNameThatWouldBeMarkup(@TempDir Path dir) throws IOException {
        Path forged = dir.resolve("x](javascript:alert(1)) <img src=x> | col.yaml");
        Files.copy(Cli.example(FLOOD), forged);
        Cli.Run run = Cli.run("assess", forged.toString(), "--as-of", "2026-12-01", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("x\\](javascript:alert(1)) \\<img src=x\\> \\| col.yaml")
                .doesNotContain(" <img").doesNotContain("x](");
    }

    @Test
    void portfolioGivesEachAgencysWeakestLevelAcrossItsAgreements() throws IOException {
        Cli.Run run = Cli.run("assess", Cli.examples().toString(), "--as-of", "2026-12-01", "--portfolio", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertThat(root.get("documents").size()).isGreaterThanOrEqualTo(6);
        JsonNode harris = null;
        for (JsonNode agency : root.get("agencies")) {
            if (agency.get("agencyId").asString().equals("hcohsem")) {
                harris = agency;
            }
        }
        assertThat(harris).as("hcohsem is party to the flood MOU").isNotNull();
        // The weakest level across its agreements is at most its level in the flood MOU (roles: 1).
        assertThat(harris.get("weakest").get("roles").asInt()).isLessThanOrEqualTo(1);
    }

    @Test
    void outputWritesTheFileInsteadOfTheStandardOutput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("assessment.md");
        Cli.Run run = Cli.run("assess", Cli.example(FLOOD).toString(), "--as-of", "2026-12-01", "--format", "markdown",
                "--output", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).contains("| P1 ");
    }
}
