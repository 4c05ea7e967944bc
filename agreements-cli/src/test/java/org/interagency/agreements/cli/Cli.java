package org.interagency.agreements.cli;

import org.interagency.agreements.cli.internal.ProcessEnvironment;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Runs the command in-process, as {@code main} would, and captures what it prints. */
final class Cli {

    /** What one run of the command did. */
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** Runs {@code agreements args...} with stderr not a terminal. */
    static Run run(String... args) {
        return run(false, args);
    }

    /** Runs {@code agreements args...} as if stderr were a terminal a person watches. */
    static Run runOnTerminal(String... args) {
        return run(true, args);
    }

    /** Runs {@code agreements args...} in {@code environment} (its stdin, terminals, variables, working directory). */
    static Run run(ProcessEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AgreementsCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment, args).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** An environment with no terminal, {@code stdin} as standard input, in {@code workingDirectory}. */
    static ProcessEnvironment environment(byte[] stdin, Path workingDirectory) {
        return new ProcessEnvironment(new java.io.ByteArrayInputStream(stdin), false, false, java.util.Map.of(), workingDirectory);
    }

    private static Run run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ProcessEnvironment detached = ProcessEnvironment.detached();
        ProcessEnvironment environment = new ProcessEnvironment(detached.stdin(), false, terminal, detached.variables(),
                detached.workingDirectory());
        // As main builds it: with only the command that args run, where they run one.
        int exitCode = AgreementsCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment, args)
                .execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** The directory of the example documents, {@code examples/agreements}. */
    static Path examples() {
        Path root = Path.of(Objects.requireNonNull(System.getProperty("agreements.examples"),
                "the build sets agreements.examples to the examples directory"));
        return root.resolve("agreements");
    }

    /** The example document {@code name}. */
    static Path example(String name) {
        Path file = examples().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no example " + file);
        }
        return file;
    }

    /** A test resource by its path under {@code src/test/resources}. */
    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(Cli.class.getResource("/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
