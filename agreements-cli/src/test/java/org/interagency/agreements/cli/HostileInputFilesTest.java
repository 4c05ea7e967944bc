package org.interagency.agreements.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every file a command reads (the agreement document, a signature document, a private or public
 * key, the rule configuration) given as something that is not a small regular file: a named pipe
 * that no one writes, {@code /dev/zero} or a link to it, a directory, a 5 GiB file. Each command
 * ends at once with exit code 2 and one line that names the file and says what it is, or the
 * real limit it passes; none blocks, runs out of memory or prints a stack trace.
 */
class HostileInputFilesTest {

    private static final String AGENCY = "ssa";
    private static final long DOCUMENT_LIMIT = 4L << 20;
    private static final long CONFIGURATION_LIMIT = 1L << 20;
    private static final long SIGNATURE_LIMIT = 1L << 20;
    private static final long KEY_LIMIT = 64L << 10;
    /** Long enough for any of these commands on a slow machine; a read that blocks never ends. */
    private static final Duration AT_ONCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private static Path agreement;
    private static Path privateKey;
    private static Path publicKey;
    private static Path signature;

    @BeforeAll
    static void signAnAgreementAndMakeTheHostileFiles() throws IOException {
        agreement = Files.copy(Cli.example("computer-matching-ssa-calfresh.json"), dir.resolve("cma.json"));
        Cli.Run keygen = Cli.run("keygen", "--out", dir.resolve("ssa-2026").toString());
        assertThat(keygen.exitCode()).as(keygen.err()).isZero();
        privateKey = dir.resolve("ssa-2026.key");
        publicKey = dir.resolve("ssa-2026.pub");
        Cli.Run sign = Cli.run("sign", agreement.toString(), "--key", privateKey.toString(), "--agency", AGENCY);
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        signature = Files.writeString(dir.resolve("ssa.sig.json"), sign.out());
        for (String suffix : List.of(".json", ".yaml", "")) {
            try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("huge" + suffix).toFile(), "rw")) {
                sparse.setLength(5L << 30); // 5 GiB that take no room: a sparse file
            }
            Files.createDirectory(dir.resolve("directory" + suffix));
            if (Files.exists(Path.of("/dev/zero"))) {
                Files.createSymbolicLink(dir.resolve("zero" + suffix), Path.of("/dev/zero"));
            }
        }
    }

    /** A named pipe, made by mkfifo(1); the test is skipped, saying why, where there is none. */
    private static Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        if (!Files.exists(fifo)) {
            Process mkfifo;
            try {
                mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                Assumptions.abort("no mkfifo on this machine to make a named pipe with: " + e.getMessage());
                throw e;
            }
            Assumptions.assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                    "mkfifo could not make a named pipe here");
        }
        return fifo;
    }

    private static Path device(String suffix) {
        Path link = dir.resolve("zero" + suffix);
        Assumptions.assumeTrue(Files.isSymbolicLink(link), "no /dev/zero on this machine");
        return link;
    }

    /** Which file of a command line is hostile, and what the command says of a file too large. */
    enum Role {
        DOCUMENT(".json", DOCUMENT_LIMIT, "the document has more than the limit of " + DOCUMENT_LIMIT + " bytes"),
        SIGNATURE("", SIGNATURE_LIMIT, "has more than the limit of " + SIGNATURE_LIMIT + " bytes"),
        PRIVATE_KEY("", KEY_LIMIT, "has more than the limit of " + KEY_LIMIT + " bytes"),
        PUBLIC_KEY("", KEY_LIMIT, "has more than the limit of " + KEY_LIMIT + " bytes"),
        CONFIGURATION(".yaml", CONFIGURATION_LIMIT, "has more than the limit of " + CONFIGURATION_LIMIT + " bytes");

        final String suffix;
        final long limit;
        final String tooLarge;

        Role(String suffix, long limit, String tooLarge) {
            this.suffix = suffix;
            this.limit = limit;
            this.tooLarge = tooLarge;
        }
    }

    /** A command line with {@code hostile} in the place of one of its files. */
    record Command(String name, Role role) {
        String[] args(Path hostile) {
            String file = hostile.toString();
            return switch (name) {
                case "check" -> role == Role.CONFIGURATION
                        ? new String[] {"check", "--config", file, agreement.toString()}
                        : new String[] {"check", file};
                case "digest" -> new String[] {"digest", file};
                case "render" -> new String[] {"render", file};
                case "sign" -> role == Role.PRIVATE_KEY
                        ? new String[] {"sign", agreement.toString(), "--key", file, "--agency", AGENCY}
                        : new String[] {"sign", file, "--key", privateKey.toString(), "--agency", AGENCY};
                case "verify" -> switch (role) {
                    case SIGNATURE -> new String[] {"verify", agreement.toString(), file, "--trust", AGENCY + "=" + publicKey};
                    case PUBLIC_KEY -> new String[] {"verify", agreement.toString(), signature.toString(),
                        "--trust", AGENCY + "=" + file};
                    default -> new String[] {"verify", file, signature.toString(), "--trust", AGENCY + "=" + publicKey};
                };
                default -> throw new IllegalArgumentException(name);
            };
        }

        @Override
        public String toString() {
            return name + " with a hostile " + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    static Stream<Command> commands() {
        return Stream.of(
                new Command("check", Role.DOCUMENT), new Command("check", Role.CONFIGURATION),
                new Command("digest", Role.DOCUMENT), new Command("render", Role.DOCUMENT),
                new Command("sign", Role.DOCUMENT), new Command("sign", Role.PRIVATE_KEY),
                new Command("verify", Role.DOCUMENT), new Command("verify", Role.SIGNATURE),
                new Command("verify", Role.PUBLIC_KEY));
    }

    /** Runs the command and checks that it ended at once with exit 2 and one line naming the file. */
    private static Cli.Run refused(Command command, Path hostile, String reason) {
        Cli.Run run = assertTimeoutPreemptively(AT_ONCE, () -> Cli.run(command.args(hostile)));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).as("stderr").hasLineCount(1)
                .startsWith("agreements " + command.name() + ": ")
                .contains(hostile.toString()).contains(reason)
                .doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void refusesANamedPipeThatNoOneWrites(Command command) throws Exception {
        refused(command, fifo("fifo" + command.role().suffix), "it is a named pipe (FIFO), not a regular file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void refusesALinkToDevZero(Command command) {
        refused(command, device(command.role().suffix), "it is a device, not a regular file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void refusesAFiveGigabyteFileSayingTheRealLimit(Command command) {
        Cli.Run run = refused(command, dir.resolve("huge" + command.role().suffix), command.role().tooLarge);
        assertThat(run.err()).doesNotContain(String.valueOf(command.role().limit + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void refusesADirectory(Command command) {
        Path directory = dir.resolve("directory" + command.role().suffix);
        if (command.name().equals("check") && command.role() == Role.DOCUMENT) {
            // check reads a directory as the documents under it: this one has none.
            refused(command, directory, "no *.json, *.yaml or *.yml files in");
        } else {
            refused(command, directory, "it is a directory, not a file");
        }
    }

    @Test
    void refusesDevZeroItselfAsAKeyASignatureAndAConfiguration() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero on this machine");
        refused(new Command("sign", Role.PRIVATE_KEY), zero, "it is a device, not a regular file");
        refused(new Command("verify", Role.SIGNATURE), zero, "it is a device, not a regular file");
        refused(new Command("verify", Role.PUBLIC_KEY), zero, "it is a device, not a regular file");
        // Without a name that tells its format, a configuration is refused before it is opened.
        refused(new Command("check", Role.CONFIGURATION), zero, "cannot tell its format");
    }

    /** File names come from outside: a terminal command or a line break in one is shown, not obeyed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void escapesAFileNameThatHoldsATerminalCommandAndALineBreak(Command command) throws Exception {
        Path hostile = fifo("evil\u001B[2J\nagreements check: all clean" + command.role().suffix);
        Cli.Run run = assertTimeoutPreemptively(AT_ONCE, () -> Cli.run(command.args(hostile)));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        for (String printed : List.of(run.err(), run.out())) {
            assertThat(printed).doesNotContain("\u001B").doesNotContain("evil\n");
        }
        assertThat(run.err()).hasLineCount(1).contains("evil\\u001B[2J\\u000Aagreements check: all clean");
    }
}
