package org.interagency.agreements.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No file name can forge a line of the text output, or act on the terminal: a name that is not
 * plain is printed in double quotes, whole, with its hidden characters as {@code \\uXXXX} and its
 * quotes and backslashes escaped (Messages.quoteName), by every command.
 */
class ForgedOutputTest {

    /** Clears the terminal and prints "CLEAN" in green, if printed raw. */
    private static final String TERMINAL_COMMAND = "x\u001B[2J\u001B[32mCLEAN\u001B[0m";
    private static final String TERMINAL_COMMAND_QUOTED = "\"x\\u001B[2J\\u001B[32mCLEAN\\u001B[0m";
    /** A second line that reads as the summary of a clean check, if printed raw. */
    private static final String FORGED_SUMMARY = "y\n1 document checked: 1 clean, 0 with findings, 0 unreadable; 0 errors";
    private static final String FORGED_SUMMARY_QUOTED = "\"y\\u000A1 document checked: 1 clean, 0 with findings, 0 unreadable; 0 errors";

    @TempDir
    Path dir;

    private Path escapeNamed;
    private Path newlineNamed;

    @BeforeEach
    void copyAnExampleUnderHostileNames() throws IOException {
        Path example = Cli.example("harris-county-flood-response-mou.yaml");
        escapeNamed = Files.copy(example, dir.resolve(TERMINAL_COMMAND + ".yaml"));
        newlineNamed = Files.copy(example, dir.resolve(FORGED_SUMMARY + ".yaml"));
    }

    private static void assertNothingRaw(Cli.Run run) {
        for (String printed : List.of(run.out(), run.err())) {
            assertThat(printed).doesNotContain("\u001B").doesNotContain("y\n1 document");
        }
    }

    @Test
    void checkQuotesAFileNameThatHoldsATerminalCommand() {
        Cli.Run run = Cli.run("check", escapeNamed.toString(), "--fail-on", "never");

        assertNothingRaw(run);
        assertThat(run.out()).startsWith("\"" + dir + "/" + TERMINAL_COMMAND_QUOTED.substring(1)
                + ".yaml\" (harris-county-flood-response-mou)\n");
    }

    @Test
    void checkQuotesAFileNameThatForgesTheSummaryLine() {
        Cli.Run run = Cli.run("check", newlineNamed.toString(), "--fail-on", "never");

        assertNothingRaw(run);
        assertThat(run.out()).startsWith("\"" + dir + "/" + FORGED_SUMMARY_QUOTED.substring(1)
                + ".yaml\" (harris-county-flood-response-mou)\n");
        // One summary, the last line: the name's line starts with its quote.
        assertThat(run.out().lines().filter(line -> line.contains("document checked"))).hasSize(2)
                .last().asString().startsWith("1 document checked: 0 clean, 1 with findings");
        assertThat(run.out().lines().filter(line -> line.startsWith("1 document checked"))).hasSize(1);
    }

    @Test
    void checkQuotesTheNameOfAFileItCannotReadOnStderr() throws IOException {
        Path broken = Files.writeString(dir.resolve(TERMINAL_COMMAND + "-broken.json"), "{");

        Cli.Run run = Cli.run("check", broken.toString());

        assertNothingRaw(run);
        assertThat(run.err()).startsWith("agreements check: \"" + dir + "/" + TERMINAL_COMMAND_QUOTED.substring(1)
                + "-broken.json\":1:");
        assertThat(run.out()).startsWith("\"" + dir + "/" + TERMINAL_COMMAND_QUOTED.substring(1) + "-broken.json\"\n  not checked");
    }

    @Test
    void checkQuotesADirectoryWithoutDocuments() throws IOException {
        Path empty = Files.createDirectory(dir.resolve(FORGED_SUMMARY));

        Cli.Run run = Cli.run("check", empty.toString());

        assertNothingRaw(run);
        assertThat(run.err()).contains("no *.json, *.yaml or *.yml files in \"" + dir + "/" + FORGED_SUMMARY_QUOTED.substring(1) + "\"");
    }

    @Test
    void digestQuotesTheFileNameAfterTheDigest() {
        Cli.Run run = Cli.run("digest", newlineNamed.toString());

        assertNothingRaw(run);
        assertThat(run.out()).matches("[0-9a-f]{64}  \"" + java.util.regex.Pattern.quote(dir + "/" + FORGED_SUMMARY_QUOTED.substring(1))
                + "\\.yaml\"\n");
    }

    @Test
    void assessQuotesTheFileNameInItsHeading() {
        Cli.Run run = Cli.run("assess", escapeNamed.toString(), "--as-of", "2026-12-01");

        assertNothingRaw(run);
        assertThat(run.out()).startsWith("Collaboration assessment of \"" + dir + "/" + TERMINAL_COMMAND_QUOTED.substring(1)
                + ".yaml\" (harris-county-flood-response-mou)");
    }

    @Test
    void reportQuotesTheNameOfAFileItCannotRead() throws IOException {
        Path broken = Files.writeString(dir.resolve(FORGED_SUMMARY + ".json"), "{");

        Cli.Run run = Cli.run("report", broken.toString(), "--output", dir.resolve("report.html").toString());

        assertNothingRaw(run);
        assertThat(run.err()).startsWith("agreements report: \"" + dir + "/" + FORGED_SUMMARY_QUOTED.substring(1) + ".json\":1:");
    }

    @Test
    void keygenAndSignQuoteTheirFileNames() {
        Cli.Run keygen = Cli.run("keygen", "--out", dir.resolve(TERMINAL_COMMAND).toString());
        assertNothingRaw(keygen);
        assertThat(keygen.out()).contains("wrote \"" + dir + "/" + TERMINAL_COMMAND_QUOTED.substring(1) + ".key\" (private")
                .contains("key id " + TERMINAL_COMMAND_QUOTED + "\"");

        Cli.Run sign = Cli.run("sign", escapeNamed.toString(), "--key", dir.resolve(TERMINAL_COMMAND + ".key").toString(),
                "--agency", "no-such-agency");
        assertNothingRaw(sign);
        assertThat(sign.err()).contains("is not a party to \"" + dir + "/" + TERMINAL_COMMAND_QUOTED.substring(1) + ".yaml\"");
    }

    @Test
    void anOrdinaryFileNameIsPrintedAsItIs() {
        Cli.Run run = Cli.run("digest", Cli.example("harris-county-flood-response-mou.yaml").toString());

        assertThat(run.out()).endsWith("  " + Cli.example("harris-county-flood-response-mou.yaml") + "\n");
    }
}
