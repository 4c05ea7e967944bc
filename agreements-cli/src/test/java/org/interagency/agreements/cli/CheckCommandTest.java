package org.interagency.agreements.cli;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code agreements check}: formats, thresholds, configurations, directories and bad input. */
class CheckCommandTest {

    private static final String AS_OF = "2026-12-01";
    private static final String FLOOD = "harris-county-flood-response-mou.yaml";
    private static final String FIRE = "williamson-county-fire-mutual-aid.yaml";
    private static final String DATA_SHARING = "health-social-services-data-sharing.json";

    private static Cli.Run check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        all[1] = "--as-of";
        all[2] = AS_OF;
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    private static String flood() {
        return Cli.example(FLOOD).toString();
    }

    @Nested
    class TextFormat {

        @Test
        void groupsFindingsUnderTheDocumentWithLineColumnSeverityRuleAndPointer() {
            Cli.Run run = check(flood());

            assertThat(run.out()).startsWith(flood() + " (harris-county-flood-response-mou)\n");
            assertThat(run.out()).contains("  98:9   error    roles.accountable-overlap  /responsibilities/1/assignments/0\n");
            assertThat(run.out()).contains("  55:5   warning  leadership.party-without-sponsor  /parties/3\n");
            assertThat(run.out()).contains("  165:9  warning  escalation.level-without-time-limit  /escalationPaths/0/levels/2/responseTime\n");
        }

        @Test
        void listsFindingsInTheOrderOfTheFileLines() {
            String out = check(flood()).out();

            assertThat(out.indexOf("55:5")).isLessThan(out.indexOf("98:9"));
            assertThat(out.indexOf("98:9")).isLessThan(out.indexOf("165:9"));
        }

        @Test
        void showsTheHintAndTheRelatedLocationWithItsLine() {
            String out = check(flood()).out();

            assertThat(out).contains("         hint: make exactly one agency accountable for this work here and now");
            assertThat(out).contains("         related: /responsibilities/2/assignments/0 (line 105, column 9)\n");
        }

        @Test
        void endsWithTheCounts() {
            assertThat(check(flood()).out())
                    .endsWith("\n1 document checked: 0 clean, 1 with findings, 0 unreadable; 1 error, 2 warnings, 0 info.\n");
        }

        @Test
        void saysSoWhenADocumentIsClean() {
            Cli.Run run = check(Cli.example(FIRE).toString());

            assertThat(run.out()).contains("(cedar-park-leander-fire-mutual-aid)\n  no findings\n");
            assertThat(run.exitCode()).isZero();
        }
    }

    @Nested
    class JsonFormat {

        @Test
        void writesEachFindingWithPointerLineAndColumn() {
            JsonNode report = JsonMapper.builder().build().readTree(check("--format", "json", flood()).out());

            JsonNode overlap = findingOf(report.path("documents").get(0), "roles.accountable-overlap");
            assertThat(overlap.path("severity").asString()).isEqualTo("error");
            assertThat(overlap.path("pointer").asString()).isEqualTo("/responsibilities/1/assignments/0");
            assertThat(overlap.path("line").asInt()).isEqualTo(98);
            assertThat(overlap.path("column").asInt()).isEqualTo(9);
            assertThat(overlap.path("related").get(0).path("line").asInt()).isEqualTo(105);
        }

        @Test
        void countsEverySeverityAndTheUnreadableFiles() {
            JsonNode counts = JsonMapper.builder().build().readTree(check("--format", "json", flood()).out()).path("counts");

            assertThat(counts.path("error").asInt()).isEqualTo(1);
            assertThat(counts.path("warning").asInt()).isEqualTo(2);
            assertThat(counts.path("info").asInt()).isZero();
            assertThat(counts.path("unreadable").asInt()).isZero();
        }

        @Test
        void listsTheProblemsOfAnUnreadableFile() {
            Cli.Run run = check("--format", "json", Cli.resource("documents/malformed.json").toString());

            JsonNode problem = JsonMapper.builder().build().readTree(run.out()).path("documents").get(0).path("problems").get(0);
            assertThat(problem.path("line").asInt()).isEqualTo(6);
            assertThat(problem.path("column").asInt()).isEqualTo(3);
            assertThat(run.exitCode()).isEqualTo(2);
        }

        private JsonNode findingOf(JsonNode document, String ruleId) {
            for (JsonNode finding : document.path("findings")) {
                if (finding.path("ruleId").asString().equals(ruleId)) {
                    return finding;
                }
            }
            throw new AssertionError("no " + ruleId + " finding in " + document);
        }
    }

    @Nested
    class ExitCodes {

        @Test
        void isOneWhenAnErrorIsFound() {
            assertThat(check(flood()).exitCode()).isEqualTo(1);
        }

        @Test
        void isZeroWhenOnlyWarningsAreFoundAndTheThresholdIsError() {
            Cli.Run run = check("--config", Cli.resource("configurations/quiet-flood-review.json").toString(), flood());

            assertThat(run.out()).contains("leadership.party-without-sponsor").doesNotContain("error    ");
            assertThat(run.exitCode()).isZero();
        }

        @Test
        void isOneWhenAWarningIsFoundAndTheThresholdIsWarning() {
            Cli.Run run = check("--fail-on", "warning", "--config", Cli.resource("configurations/quiet-flood-review.json").toString(),
                    flood());

            assertThat(run.exitCode()).isEqualTo(1);
        }

        @Test
        void isZeroWhateverIsFoundWhenTheThresholdIsNever() {
            assertThat(check("--fail-on", "never", flood()).exitCode()).isZero();
        }

        @Test
        void isTwoWhenAFileCannotBeReadEvenIfTheThresholdIsNever() {
            assertThat(check("--fail-on", "never", Cli.resource("documents/malformed.json").toString()).exitCode()).isEqualTo(2);
        }

        @Test
        void isTwoForAnUnknownFormat() {
            Cli.Run run = check("--format", "xml", flood());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--format").contains("xml").hasLineCount(1);
        }

        @Test
        void isTwoWithoutFiles() {
            Cli.Run run = Cli.run("check");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("FILE|DIR").hasLineCount(1);
        }

        @Test
        void isTwoForADateThatIsNotIso() {
            assertThat(Cli.run("check", "--as-of", "01/12/2026", flood()).exitCode()).isEqualTo(2);
        }

        @Test
        void areDocumentedInTheHelp() {
            Cli.Run run = Cli.run("check", "--help");

            assertThat(run.out()).contains("Exit codes:").contains("  0   clean").contains("  1   findings at or above --fail-on")
                    .contains("  2   unreadable or invalid input");
            assertThat(run.exitCode()).isZero();
        }
    }

    @Nested
    class Configuration {

        @Test
        void changesTheSeverityOfARule() {
            Cli.Run run = check("--config", Cli.resource("configurations/sponsor-as-error.yaml").toString(), flood());

            assertThat(run.out()).contains("  55:5   error    leadership.party-without-sponsor  /parties/3\n");
        }

        @Test
        void turnsRulesOff() {
            Cli.Run run = check("--config", Cli.resource("configurations/quiet-flood-review.json").toString(), flood());

            assertThat(run.out()).doesNotContain("roles.accountable-overlap").doesNotContain("escalation.level-without-time-limit");
        }

        @Test
        void runsOnlyTheRulesOfTheChosenPacks() {
            Cli.Run run = check("--config", Cli.resource("configurations/data-only.yaml").toString(), flood());

            assertThat(run.out()).contains("  no findings");
        }

        @Test
        void packOnTheCommandLineRunsOnlyThatPack() {
            Cli.Run all = check(flood());
            Cli.Run roles = check("--pack", "roles", flood());

            assertThat(all.out()).contains("roles.").contains("escalation.");
            assertThat(roles.out()).contains("roles.").doesNotContain("escalation.").doesNotContain("leadership.");
        }

        @Test
        void rejectsAnUnknownPackNamingTheNearestKnownOne() {
            Cli.Run run = check("--pack", "rolse", flood());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("agreements check: --pack: ").contains("pack \"rolse\"").contains("did you mean \"roles\"")
                    .hasLineCount(1);
            assertThat(run.out()).isEmpty();
        }

        @Test
        void rejectsAnUnknownRuleIdNamingTheNearestKnownOne() {
            Cli.Run run = check("--config", Cli.resource("configurations/misspelt-rule.yaml").toString(), flood());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("roles.acountable-overlap").contains("roles.accountable-overlap").hasLineCount(1);
            assertThat(run.out()).isEmpty();
        }

        @Test
        void rejectsAnUnknownKey() {
            Cli.Run run = check("--config", Cli.resource("configurations/unknown-key.json").toString(), flood());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("unknown key \"disable\"").hasLineCount(1);
        }

        @Test
        void rejectsAnUnknownSeverity() {
            Cli.Run run = check("--config", Cli.resource("configurations/bad-severity.yaml").toString(), flood());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("\"fatal\"").contains("error, warning or info").hasLineCount(1);
        }

        @Test
        void rejectsAMalformedFile() {
            Cli.Run run = check("--config", Cli.resource("configurations/malformed.yaml").toString(), flood());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("malformed.yaml").contains("not well-formed").hasLineCount(1);
        }

        @Test
        void rejectsAMissingFile(@TempDir Path dir) {
            Cli.Run run = check("--config", dir.resolve("absent.yaml").toString(), flood());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("absent.yaml").contains("no such file").hasLineCount(1);
        }
    }

    @Nested
    class Directories {

        @Test
        void checksEveryDocumentUnderTheDirectoryInPathOrder() {
            Cli.Run run = check(Cli.examples().toString());

            String out = run.out();
            assertThat(out.indexOf("blm-usace-interagency-acquisition.yaml")).isLessThan(out.indexOf("computer-matching-ssa-calfresh"));
            assertThat(out.indexOf("health-social-services-data-sharing.json")).isLessThan(out.indexOf(FIRE));
            assertThat(out).endsWith("17 documents checked: 7 clean, 10 with findings, 0 unreadable; 20 errors, 15 warnings, 6 info"
                    + " before waivers; 20 errors, 14 warnings, 6 info after 1 waived.\n");
        }

        @Test
        void checksAFileNamedTwiceOnce() {
            Cli.Run run = check(Cli.examples().toString(), Cli.example(FIRE).toString());

            assertThat(run.out()).endsWith("17 documents checked: 7 clean, 10 with findings, 0 unreadable; 20 errors, 15 warnings, 6 info"
                    + " before waivers; 20 errors, 14 warnings, 6 info after 1 waived.\n");
        }

        @Test
        void givesTheSameOutputOnEveryRun() {
            String first = check("--format", "sarif", Cli.examples().toString()).out();

            for (int i = 0; i < 3; i++) {
                assertThat(check("--format", "sarif", Cli.examples().toString()).out()).isEqualTo(first);
            }
        }

        @Test
        void showsProgressOnStderrWhenItIsATerminalAndClearsItAtTheEnd() {
            Cli.Run run = Cli.runOnTerminal("check", "--as-of", AS_OF, Cli.examples().toString());

            assertThat(run.err()).contains("\rchecked 1 of 17 documents").contains("\rchecked 17 of 17 documents").endsWith("\r\u001b[K");
            assertThat(run.out()).doesNotContain("checked 1 of 17");
        }

        @Test
        void printsNoProgressWhenStderrIsNotATerminal() {
            assertThat(check(Cli.examples().toString()).err()).isEmpty();
        }

        @Test
        void skipsFilesThatAreNotDocumentsAndHiddenOnes(@TempDir Path dir) throws IOException {
            Files.copy(Cli.example(FIRE), dir.resolve("fire.yaml"));
            Files.writeString(dir.resolve("notes.txt"), "not a document");
            Files.createDirectory(dir.resolve(".git"));
            Files.writeString(dir.resolve(".git").resolve("config.json"), "{");

            Cli.Run run = check(dir.toString());

            assertThat(run.out()).contains("1 document checked: 1 clean");
            assertThat(run.exitCode()).isZero();
        }

        @Test
        void reportsADirectoryWithoutDocumentsAsAnError(@TempDir Path dir) {
            Cli.Run run = check(dir.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("no *.json, *.yaml or *.yml files").hasLineCount(1);
        }
    }

    @Nested
    class UnreadableInput {

        @Test
        void namesAMissingFile(@TempDir Path dir) {
            Cli.Run run = check(dir.resolve("missing.json").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("agreements check: " + dir.resolve("missing.json") + ":1:1: cannot read the file: no such file\n");
        }

        @Test
        void namesTheLineAndColumnOfASyntaxError() {
            Cli.Run run = check(Cli.resource("documents/malformed.json").toString());

            assertThat(run.err()).startsWith("agreements check: " + Cli.resource("documents/malformed.json") + ":6:3: ")
                    .contains("not well-formed").hasLineCount(1);
        }

        @Test
        void givesOneLinePerProblemOfADocumentThatIsNotAnAgreement() {
            Cli.Run run = check(Cli.resource("documents/not-an-agreement.json").toString());

            assertThat(run.err()).contains(":3:3: ").contains("\"invoice\"").contains("(at /invoice)");
            assertThat(run.err().lines()).allMatch(line -> line.startsWith("agreements check: "));
            assertThat(run.exitCode()).isEqualTo(2);
        }

        @Test
        void refusesAFileWhoseNameDoesNotTellItsFormat() {
            Cli.Run run = check(Cli.resource("documents/notes.txt").toString());

            assertThat(run.err()).contains("name it *.json, *.yaml or *.yml").hasLineCount(1);
            assertThat(run.exitCode()).isEqualTo(2);
        }

        @Test
        void refusesAnEmptyFile() {
            assertThat(check(Cli.resource("documents/empty.json").toString()).exitCode()).isEqualTo(2);
        }

        @Test
        void refusesAFileThatIsNotUtf8() {
            Cli.Run run = check(Cli.resource("documents/utf16.json").toString());

            assertThat(run.err()).contains("UTF-8").hasLineCount(1);
            assertThat(run.exitCode()).isEqualTo(2);
        }

        @Test
        void refusesDeepNestingWithoutAStackOverflow() {
            Cli.Run run = check(Cli.resource("documents/deeply-nested.json").toString());

            assertThat(run.err()).contains("deeper than").hasLineCount(1).doesNotContain("StackOverflow");
            assertThat(run.exitCode()).isEqualTo(2);
        }

        @Test
        void refusesYamlAliasesAndTags() {
            assertThat(check(Cli.resource("documents/billion-laughs.yaml").toString()).exitCode()).isEqualTo(2);
            Cli.Run tagged = check(Cli.resource("documents/java-tag.yaml").toString());

            assertThat(tagged.err()).contains("tags").doesNotContain("Exception");
            assertThat(tagged.exitCode()).isEqualTo(2);
        }

        @Test
        void refusesADocumentLargerThanTheReaderAcceptsWithoutReadingItAll(@TempDir Path dir) throws IOException {
            Path huge = dir.resolve("huge.json");
            try (OutputStream out = Files.newOutputStream(huge)) {
                out.write("{\"title\": \"".getBytes(StandardCharsets.UTF_8));
                byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 128; i++) {
                    out.write(chunk);
                }
            }

            Cli.Run run = check(huge.toString());

            assertThat(run.err()).contains("huge.json").hasLineCount(1);
            assertThat(run.exitCode()).isEqualTo(2);
        }

        @Test
        void refusesADirectoryNamedAsAFileWithoutTellingItsFormat(@TempDir Path dir) throws IOException {
            Path named = Files.createDirectory(dir.resolve("looks-like.json"));
            Files.copy(Cli.example(FIRE), named.resolve("fire.yaml"));

            assertThat(check(named.toString()).exitCode()).isZero();
        }

        @Test
        void stillReportsTheReadableDocumentsOfTheSameRun() {
            Cli.Run run = check(Cli.resource("documents/malformed.json").toString(), Cli.example(FIRE).toString());

            assertThat(run.out()).contains("malformed.json\n  not checked: the document could not be read")
                    .contains("(cedar-park-leander-fire-mutual-aid)\n  no findings")
                    .endsWith("2 documents checked: 1 clean, 0 with findings, 1 unreadable; 0 errors, 0 warnings, 0 info.\n");
            assertThat(run.exitCode()).isEqualTo(2);
        }

        @Test
        void printsTheStackTraceOnlyUnderDebug(@TempDir Path dir) {
            String missing = dir.resolve("absent.yaml").toString();

            assertThat(check("--config", missing, flood()).err()).doesNotContain("\tat ");
            assertThat(check("--debug", "--config", missing, flood()).err()).contains("\tat ");
        }
    }

    @Nested
    class Portfolio {

        @Test
        void reportsAnAgencyAccountableForTheSameWorkUnderTwoAgreements() {
            Cli.Run run = check("--portfolio", Cli.resource("portfolio").toString());

            assertThat(run.out()).contains("\nbetween agreements\n")
                    .containsPattern("error +roles\\.accountable-overlap  \\S*county-sheltering\\.yaml:16:9 /responsibilities/0/assignments/0")
                    .containsPattern("related: \\S*red-cross-sheltering\\.yaml:17:9 /responsibilities/0/assignments/0");
            assertThat(run.exitCode()).isEqualTo(1);
        }

        @Test
        void reportsNothingBetweenAgreementsWithoutTheOption() {
            assertThat(check(Cli.resource("portfolio").toString()).out()).doesNotContain("between agreements");
        }

        @Test
        void refusesTwoDocumentsWithTheSameAgreementId() {
            Cli.Run run = check("--portfolio", Cli.resource("portfolio").toString(), Cli.resource("portfolio-duplicate-id.yaml").toString());

            assertThat(run.err()).contains("county-sheltering-2026").contains("both hold the agreement id").hasLineCount(1);
            assertThat(run.exitCode()).isEqualTo(2);
        }
    }

    @Test
    void checksAsOfTheGivenDay() {
        Cli.Run run = Cli.run("check", "--as-of", "2031-01-01", flood());

        assertThat(run.out()).contains("term.expired-in-force");
        assertThat(check(flood()).out()).doesNotContain("term.expired-in-force");
    }

    @Test
    void readsJsonAndYamlAlike() {
        Cli.Run run = check(Cli.example(DATA_SHARING).toString(), Cli.example(FIRE).toString());

        assertThat(run.out()).contains("(mchd-odhs-family-connects-dsa)").contains("(cedar-park-leander-fire-mutual-aid)");
    }
}
