package org.interagency.agreements.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class NewCommandTest {

    private static final Pattern TODO = Pattern.compile("^# TODO (\\S+) at (\\S*) \\((error|warning|info)\\): .*$");
    private static final Pattern CHECK_LINE = Pattern.compile("^#   agreements check FILE (.*)$");

    @TempDir
    Path dir;

    /** What {@code agreements check} reports on {@code file}, run as its header says, as "rule at pointer". */
    static List<String> checked(Path file) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", file.toString(), "--format", "json"));
        String header = Files.readAllLines(file).stream().map(CHECK_LINE::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no check command in the header"));
        args.addAll(List.of(header.split(" ")));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.err()).as("check's stderr").isEmpty();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        List<String> found = new ArrayList<>();
        for (JsonNode document : report.path("documents")) {
            for (JsonNode finding : document.path("findings")) {
                found.add(finding.path("ruleId").asString() + " at " + finding.path("pointer").asString());
            }
        }
        return found;
    }

    /** The skeleton's TODO comments, as "rule at pointer". */
    static List<String> todos(Path file) throws IOException {
        List<String> todos = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher todo = TODO.matcher(line);
            if (todo.matches()) {
                todos.add(todo.group(1) + " at " + todo.group(2));
            }
        }
        return todos;
    }

    private Path skeleton(String... options) throws IOException {
        Path file = dir.resolve("new-" + options.length + "-" + System.nanoTime() + ".yaml");
        List<String> args = new ArrayList<>(List.of("new", "--output", file.toString()));
        args.addAll(List.of(options));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return file;
    }

    @ParameterizedTest
    @CsvSource({
        "computer-matching-agreement, us-cma",
        "interagency-agreement, us-iaa",
        "memorandum-of-understanding, ''",
        "data-sharing-agreement, ''",
        "mutual-aid, ''",
        "other, ''",
    })
    void checkingTheUnfilledSkeletonReportsExactlyItsTodos(String kind, String pack) throws IOException {
        Path file = pack.isEmpty() ? skeleton("--kind", kind, "--as-of", "2026-12-01")
                : skeleton("--kind", kind, "--pack", pack, "--as-of", "2026-12-01");

        List<String> todos = todos(file);
        assertThat(todos).isNotEmpty();
        assertThat(checked(file)).containsExactlyInAnyOrderElementsOf(todos);
    }

    @Test
    void aComputerMatchingSkeletonChoosesItsPackAndListsEveryRequiredProvision() throws IOException {
        Path file = skeleton("--kind", "computer-matching-agreement", "--parties", "ssa,cdss", "--as-of", "2026-12-01");
        String text = Files.readString(file);

        // Without --pack, the pack that governs the kind is chosen, and the header says so.
        assertThat(text).contains("#   agreements check FILE --pack principles --pack us-cma --as-of 2026-12-01");
        // Each provision 5 U.S.C. 552a(o) asks for is a TODO under provisions, with its topic and citation.
        String provisions = text.substring(text.indexOf("\nprovisions: []\n"), text.indexOf("\napprovals: []\n"));
        assertThat(provisions).contains("us-cma.individual-notice", "topic \"individual-notice\"", "cites 5 U.S.C. 552a(o)(1)(D)")
                .contains("us-cma.verification", "us-cma.justification", "us-cma.return-or-destruction",
                        "us-cma.no-duplication-or-redisclosure", "us-cma.notice-and-contest");
        assertThat(text).contains("agencyId: \"ssa\"", "agencyId: \"cdss\"", "kind: \"computer-matching-agreement\"");
        // Every section of the document format is there, empty or as a comment.
        assertThat(text).contains("\ngoals: []\n", "\nescalationPaths: []\n", "\n# vision: not stated yet\n");
    }

    @Test
    void aFilledSectionLosesItsTodo() throws IOException {
        Path file = skeleton("--kind", "computer-matching-agreement", "--as-of", "2026-12-01");
        String filled = Files.readString(file).replace("\nprovisions: []\n", """

                provisions:
                - id: "notice"
                  topic: "individual-notice"
                  text: "Applicants are told on the application form, and every year, that their records may be matched."
                  binds: ["agency-a", "agency-b"]
                """);
        Path edited = dir.resolve("filled.yaml");
        Files.writeString(edited, filled, StandardCharsets.UTF_8);

        assertThat(checked(edited)).doesNotContain("us-cma.individual-notice at /provisions")
                .contains("us-cma.verification at /provisions");
    }

    @Test
    void aMisspelledKindIsAUsageErrorWithADidYouMean() {
        Cli.Run run = Cli.run("new", "--kind", "computer-matchng-agreement");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("\"computer-matchng-agreement\" is not a kind of agreement")
                .contains("did you mean computer-matching-agreement?").contains("mutual-aid");
    }

    @Test
    void aPackThatDoesNotGovernTheKindIsRefused() {
        Cli.Run run = Cli.run("new", "--kind", "mutual-aid", "--pack", "us-cma");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--pack us-cma does not govern this agreement").contains("computer matching");
    }

    @Test
    void anUnknownPackIsRefused() {
        Cli.Run run = Cli.run("new", "--kind", "mutual-aid", "--pack", "us-cmaa");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("\"us-cmaa\"");
    }

    @Test
    void aPartyIdThatIsNotAnIdIsRefusedQuotedAndNothingIsWritten() {
        Path file = dir.resolve("never.yaml");
        Cli.Run run = Cli.run("new", "--kind", "mutual-aid", "--parties", "county,x\n# TODO forged", "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("/parties/1/agencyId").doesNotContain("\n# TODO forged");
        assertThat(file).doesNotExist();
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, "my own work\n", StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("new", "--kind", "mutual-aid", "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("will not overwrite");
        assertThat(Files.readString(file)).isEqualTo("my own work\n");
    }
}
