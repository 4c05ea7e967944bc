package org.interagency.agreements.cli;

import org.interagency.agreements.cli.internal.ProcessEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run of one command builds only that command under the top one (as {@code main} does, for a
 * faster start), and prints and exits exactly as the command line with every command does.
 */
class OneCommandTest {

    private static final String AS_OF = "2026-12-01";

    /** Runs {@code args} on the command line with every command, as a tool that builds it by reflection does. */
    private static Cli.Run everyCommand(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AgreementsCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                ProcessEnvironment.detached()).execute(args);
        return new Cli.Run(exitCode, out.toString(), err.toString());
    }

    /** Runs {@code args} on the command line that main builds for them. */
    private static Cli.Run asMainBuildsIt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AgreementsCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                ProcessEnvironment.detached(), args).execute(args);
        return new Cli.Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void aCommandLineThatRunsOneCommandNamesIt() {
        assertThat(AgreementsCli.onlyCommand("check", "mou.json")).isEqualTo("check");
        assertThat(AgreementsCli.onlyCommand("--debug", "render", "mou.json")).isEqualTo("render");
        assertThat(AgreementsCli.onlyCommand("verify", "--help")).isEqualTo("verify");
    }

    @Test
    void aCommandLineThatCanReachEveryCommandNamesNone() {
        assertThat(AgreementsCli.onlyCommand()).isNull();
        assertThat(AgreementsCli.onlyCommand("--help")).isNull();
        assertThat(AgreementsCli.onlyCommand("--version", "check")).isNull();
        assertThat(AgreementsCli.onlyCommand("help", "check")).isNull();
        assertThat(AgreementsCli.onlyCommand("completion", "bash")).isNull();
        assertThat(AgreementsCli.onlyCommand("chek", "mou.json")).isNull();
        assertThat(AgreementsCli.onlyCommand("serve")).isNull();
        assertThat(AgreementsCli.onlyCommand("@arguments.txt")).isNull();
        assertThat(AgreementsCli.onlyCommand("--debug")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "assess", "report", "diff", "render", "schema", "new", "digest", "keygen", "sign",
        "verify", "who"})
    void eachCommandsHelpIsTheSame(String command) {
        Cli.Run alone = asMainBuildsIt(command, "--help");

        assertThat(alone.exitCode()).isZero();
        assertThat(alone.out()).startsWith("Usage: agreements " + command);
        assertThat(alone).isEqualTo(everyCommand(command, "--help"));
    }

    @Test
    void aCheckReportsTheSameFindingsAndExitCode() {
        for (List<String> args : List.of(
                List.of("check", "--as-of", AS_OF, Cli.example("health-social-services-data-sharing.json").toString()),
                List.of("--debug", "check", "--as-of", AS_OF, "--format", "json",
                        Cli.example("harris-county-flood-response-mou.yaml").toString()),
                List.of("check", "--as-of", AS_OF, "--format", "sarif", Cli.examples().toString()))) {
            String[] line = args.toArray(String[]::new);
            Cli.Run alone = asMainBuildsIt(line);

            assertThat(alone.exitCode()).as("%s", args).isEqualTo(1);
            assertThat(alone).as("%s", args).isEqualTo(everyCommand(line));
        }
    }

    @Test
    void aUsageErrorInACommandIsTheSame() {
        for (List<String> args : List.of(List.of("check"), List.of("check", "--formt", "json", "mou.json"),
                List.of("check", "--format", "yaml", "mou.json"), List.of("--debug", "render", "--view", "raci"))) {
            String[] line = args.toArray(String[]::new);
            Cli.Run alone = asMainBuildsIt(line);

            assertThat(alone.exitCode()).as("%s", args).isEqualTo(2);
            assertThat(alone.err()).as("%s", args).isNotEmpty();
            assertThat(alone).as("%s", args).isEqualTo(everyCommand(line));
        }
    }
}
