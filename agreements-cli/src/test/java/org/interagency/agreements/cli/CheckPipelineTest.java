package org.interagency.agreements.cli;

import org.interagency.agreements.cli.internal.ProcessEnvironment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.AutoComplete;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What CI pipelines and people expect of {@code check}: formats, files, quiet, colour, progress, input, completion. */
class CheckPipelineTest {

    private static final String AS_OF = "2026-12-01";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String clean() {
        return Cli.example("computer-matching-ssa-calfresh.json").toString();
    }

    private static String flood() {
        return Cli.example("harris-county-flood-response-mou.yaml").toString();
    }

    private static ProcessEnvironment environment(boolean stdoutTerminal, boolean stderrTerminal, Map<String, String> variables) {
        return new ProcessEnvironment(InputStream.nullInputStream(), stdoutTerminal, stderrTerminal, variables, Path.of(""));
    }

    @Nested
    class Formats {

        @Test
        void junitHasOneSuitePerDocumentAndFailsTheRulesThatFound() throws Exception {
            Cli.Run run = Cli.run("check", "--format", "junit", "--as-of", AS_OF, clean(), flood());

            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
            NodeList suites = xml.getElementsByTagName("testsuite");
            assertThat(suites.getLength()).isEqualTo(2);
            assertThat(((Element) suites.item(0)).getAttribute("failures")).isEqualTo("0");
            assertThat(Integer.parseInt(((Element) suites.item(1)).getAttribute("failures"))).isPositive();
            assertThat(((Element) suites.item(1)).getAttribute("file")).endsWith("harris-county-flood-response-mou.yaml");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        }

        @Test
        void githubWritesOneCommandPerFindingThenTheCounts() {
            Cli.Run run = Cli.run("check", "--format", "github", "--as-of", AS_OF, flood());
            List<String> lines = run.out().lines().toList();

            assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty().allSatisfy(line ->
                    assertThat(line).matches("::(error|warning|notice) file=[^,]*harris-county-flood-response-mou\\.yaml,line=\\d+,col=\\d+,title=.+::.+"));
            assertThat(lines.get(lines.size() - 1)).startsWith("1 document checked: 0 clean, 1 with findings");
        }
    }

    @Nested
    class OutputAndQuiet {

        @Test
        void outputWritesTheSameReportToTheFileAndOnlyTheCountsToStdout(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("report.json");
            Cli.Run toFile = Cli.run("check", "--format", "json", "--as-of", AS_OF, "--output", file.toString(), flood());
            Cli.Run toStdout = Cli.run("check", "--format", "json", "--as-of", AS_OF, flood());

            assertThat(JSON.readTree(Files.readString(file))).isEqualTo(JSON.readTree(toStdout.out()));
            assertThat(toFile.out()).startsWith("1 document checked: 0 clean, 1 with findings").hasLineCount(1);
            assertThat(toFile.exitCode()).isEqualTo(toStdout.exitCode());
            try (var files = Files.list(dir)) {
                assertThat(files).containsExactly(file);
            }
        }

        @Test
        void outputReplacesAnOldReport(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("report.xml");
            Files.writeString(file, "an old report that is much longer than the new one ".repeat(2000));

            Cli.run("check", "--format", "junit", "--as-of", AS_OF, "-o", file.toString(), clean());

            assertThat(Files.readString(file)).startsWith("<?xml").doesNotContain("an old report");
        }

        @Test
        void outputToADirectoryThatDoesNotExistIsAnError(@TempDir Path dir) {
            Cli.Run run = Cli.run("check", "--as-of", AS_OF, "--output", dir.resolve("no/such/report.txt").toString(), clean());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("--output: cannot write the report to").contains("report.txt");
        }

        @Test
        void quietPrintsNothingWhenClean() {
            Cli.Run run = Cli.run("check", "--quiet", "--as-of", AS_OF, clean());

            assertThat(run.out()).isEmpty();
            assertThat(run.exitCode()).isZero();
        }

        @Test
        void quietPrintsOnlyTheCountsWhenThereAreFindings() {
            Cli.Run run = Cli.run("check", "-q", "--as-of", AS_OF, clean(), flood());

            assertThat(run.out()).startsWith("2 documents checked: 1 clean, 1 with findings, 0 unreadable;").hasLineCount(1);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        }

        @Test
        void quietWithAMachineFormatNeedsAFile() {
            Cli.Run run = Cli.run("check", "--quiet", "--format", "sarif", clean());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("--quiet").contains("--output");
        }
    }

    @Nested
    class ColourAndProgress {

        @Test
        void theTextReportIsInColourOnATerminal() {
            Cli.Run run = Cli.run(environment(true, false, Map.of()), "check", "--as-of", AS_OF, flood());

            assertThat(run.out()).contains("\u001b[31merror\u001b[0m");
        }

        @Test
        void noColorTurnsTheColourOff() {
            Cli.Run run = Cli.run(environment(true, false, Map.of("NO_COLOR", "1")), "check", "--as-of", AS_OF, flood());

            assertThat(run.out()).doesNotContain("\u001b").contains("error    ");
        }

        @Test
        void anEmptyNoColorLeavesTheColourOn() {
            // no-color.org: "when present and not an empty string".
            Cli.Run run = Cli.run(environment(true, false, Map.of("NO_COLOR", "")), "check", "--as-of", AS_OF, flood());

            assertThat(run.out()).contains("\u001b[31m");
        }

        @Test
        void theTextReportIsPlainWhenStdoutIsNoTerminal() {
            assertThat(Cli.run(environment(false, true, Map.of()), "check", "--as-of", AS_OF, flood()).out()).doesNotContain("\u001b");
        }

        @Test
        void aReportWrittenToAFileIsNeverInColour(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("report.txt");
            Cli.run(environment(true, false, Map.of()), "check", "--as-of", AS_OF, "--output", file.toString(), flood());

            assertThat(Files.readString(file)).doesNotContain("\u001b").contains("error    ");
        }

        @Test
        void progressGoesToStderrWhenItIsATerminalEvenIfStdoutIsRedirected(@TempDir Path dir) throws IOException {
            for (String name : List.of("a.json", "b.json", "c.json")) {
                Files.copy(Path.of(clean()), dir.resolve(name));
            }
            Cli.Run run = Cli.run(environment(false, true, Map.of()), "check", "--format", "sarif", "--as-of", AS_OF,
                    dir.toString());

            assertThat(run.err()).contains("\rchecked 1 of 3 documents").contains("\rchecked 3 of 3 documents");
            assertThat(run.out()).doesNotContain("checked 1 of");
        }

        @Test
        void noProgressWhenStderrIsNoTerminal() {
            Cli.Run run = Cli.run(environment(true, false, Map.of()), "check", "--as-of", AS_OF, Cli.examples().toString());

            assertThat(run.err()).doesNotContain("checked 1 of");
        }
    }

    @Nested
    class Input {

        @Test
        void dashReadsOneJsonDocumentFromStdin(@TempDir Path dir) throws IOException {
            byte[] document = Files.readAllBytes(Path.of(clean()));
            Cli.Run run = Cli.run(Cli.environment(document, dir), "check", "--as-of", AS_OF, "-");

            assertThat(run.out()).startsWith("<stdin> (cma-ssa-cdss-2026)\n  no findings\n");
            assertThat(run.exitCode()).isZero();
        }

        @Test
        void stdinFormatYamlReadsYaml(@TempDir Path dir) throws IOException {
            byte[] document = Files.readAllBytes(Path.of(flood()));
            Cli.Run yaml = Cli.run(Cli.environment(document, dir), "check", "--as-of", AS_OF, "--stdin-format", "yaml", "-");
            Cli.Run asJson = Cli.run(Cli.environment(document, dir), "check", "--as-of", AS_OF, "-");

            assertThat(yaml.out()).startsWith("<stdin> (harris-county-flood-response-mou)");
            assertThat(yaml.out().replace("<stdin>", flood())).isEqualTo(Cli.run("check", "--as-of", AS_OF, flood()).out());
            assertThat(asJson.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(asJson.err()).contains("check: <stdin>:1:");
        }

        @Test
        void dashMayBeNamedOnce(@TempDir Path dir) {
            Cli.Run run = Cli.run(Cli.environment(new byte[0], dir), "check", "-", "-");

            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("only once");
        }

        @Test
        void excludeSkipsADirectoryOfConfigurationFiles(@TempDir Path dir) throws IOException {
            Path tree = tree(dir);

            Cli.Run all = Cli.run("check", "--as-of", AS_OF, tree.toString());
            Cli.Run excluded = Cli.run("check", "--as-of", AS_OF, "--exclude", "config", tree.toString());

            assertThat(all.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(all.err()).contains("settings.yaml");
            assertThat(excluded.exitCode()).isZero();
            assertThat(excluded.out()).contains("a/clean.json").contains("b/clean.json").doesNotContain("settings.yaml");
        }

        @Test
        void excludeWithADoubleStarMatchesAtEveryDepth(@TempDir Path dir) throws IOException {
            Path tree = tree(dir);

            Cli.Run run = Cli.run("check", "--as-of", AS_OF, "--exclude", "**/*.yaml", tree.toString());

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("2 documents checked");
        }

        @Test
        void includeReadsOnlyMatchingFiles(@TempDir Path dir) throws IOException {
            Path tree = tree(dir);

            Cli.Run run = Cli.run("check", "--as-of", AS_OF, "--include", "a/**", tree.toString());

            assertThat(run.out()).contains("a/clean.json").doesNotContain("b/clean.json").contains("1 document checked");
        }

        @Test
        void aFilterThatLeavesNothingSaysSo(@TempDir Path dir) throws IOException {
            Cli.Run run = Cli.run("check", "--include", "nothing/**", tree(dir).toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("matching --include nothing/**");
        }

        @Test
        void aConfigurationIsFoundInTheWorkingDirectoryOrAbove(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve(".agreements.yaml"), "disabled: [roles.accountable-overlap]\n");
            Path below = Files.createDirectories(dir.resolve("sub/deeper"));
            ProcessEnvironment there = Cli.environment(new byte[0], below);

            String without = Cli.run("check", "--as-of", AS_OF, flood()).out();
            String discovered = Cli.run(there, "check", "--as-of", AS_OF, flood()).out();
            String overridden = Cli.run(there, "check", "--as-of", AS_OF, "--config",
                    Cli.resource("configurations/data-only.yaml").toString(), flood()).out();

            assertThat(without).contains("roles.accountable-overlap");
            assertThat(discovered).doesNotContain("roles.accountable-overlap");
            assertThat(overridden).isNotEqualTo(discovered);
        }

        @Test
        void aDiscoveredConfigurationThatIsBrokenIsNamedInTheError(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve(".agreements.yaml"), "disabled: [no.such-rule]\n");

            Cli.Run run = Cli.run(Cli.environment(new byte[0], dir), "check", flood());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains(".agreements.yaml");
        }

        /** a/clean.json, b/clean.json (clean documents) and config/settings.yaml (not an agreement). */
        private Path tree(Path dir) throws IOException {
            for (String sub : List.of("a", "b")) {
                Files.createDirectories(dir.resolve(sub));
                Files.copy(Path.of(clean()), dir.resolve(sub).resolve("clean.json"));
            }
            Files.createDirectories(dir.resolve("config"));
            Files.writeString(dir.resolve("config/settings.yaml"), "disabled: []\n");
            return dir;
        }
    }

    @Nested
    class Order {

        @Test
        void documentsAreReportedInPathOrderWhateverThreadFinishesFirst(@TempDir Path dir) throws IOException {
            // Large and small documents mixed, so the workers finish out of order.
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = String.format("doc-%02d.%s", i, i % 3 == 0 ? "yaml" : "json");
                Files.copy(Path.of(i % 3 == 0 ? flood() : clean()), dir.resolve(name));
                expected.add(name);
            }

            for (int run = 0; run < 3; run++) {
                JsonNode report = JSON.readTree(Cli.run("check", "--format", "json", "--as-of", AS_OF, dir.toString()).out());
                List<String> paths = new ArrayList<>();
                report.get("documents").forEach(d -> paths.add(Path.of(d.get("path").asString()).getFileName().toString()));
                assertThat(paths).containsExactlyElementsOf(expected);
            }
        }

        @Test
        void theReportIsTheSameOnOneThreadAndOnSeveral(@TempDir Path dir) throws IOException {
            for (int i = 0; i < 24; i++) {
                Files.copy(Path.of(i % 3 == 0 ? flood() : clean()), dir.resolve(String.format("doc-%02d.%s", i, i % 3 == 0 ? "yaml" : "json")));
            }

            Cli.Run one = Cli.run("check", "--threads", "1", "--as-of", AS_OF, dir.toString());
            Cli.Run three = Cli.run("check", "--threads", "3", "--as-of", AS_OF, dir.toString());

            assertThat(one.out()).contains("24 documents checked");
            assertThat(three.out()).isEqualTo(one.out());
            assertThat(three.exitCode()).isEqualTo(one.exitCode());
        }

        @Test
        void noThreadsAtAllIsRefusedWithTheOptionNamed() {
            Cli.Run run = Cli.run("check", "--threads", "0", clean());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("--threads must be 1 or more, not 0");
        }
    }

    @Nested
    class CompletionAndVersion {

        @Test
        void completionPrintsABashScriptForEveryCommand() {
            Cli.Run run = Cli.run("completion", "bash");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("complete -F _complete_agreements").contains("check").contains("--stdin-format")
                    .contains("junit");
        }

        @Test
        void completionForZshLoadsBashcompinit() {
            assertThat(Cli.run("completion", "zsh").out()).contains("bashcompinit");
        }

        @Test
        void picocliAutoCompleteCanMakeTheCommand() {
            // What 'java -cp agreements.jar picocli.AutoComplete org.interagency.agreements.cli.AgreementsCli' does.
            CommandLine commandLine = new CommandLine(AgreementsCli.class);

            assertThat(AutoComplete.bash("agreements", commandLine)).contains("_complete_agreements");
        }

        @Test
        void versionNamesTheBuildAndItsCommit() {
            String version = Cli.run("--version").out().strip();

            assertThat(version).startsWith("agreements " + AgreementsCli.Version.version());
            assumeTrue(AgreementsCli.Version.commit() != null, "this build was made outside a git repository: no commit to name");
            assertThat(version).matches("agreements \\S+ \\(commit [0-9a-f]{7,40}\\)");
        }
    }
}
