package org.interagency.agreements.cli.internal;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the command reads from the process it runs in, besides its arguments, in one value so
 * tests can set it: standard input, whether standard output and standard error are terminals,
 * the environment variables and the working directory.
 *
 * @param stdin standard input, read for the document named {@code -}
 * @param stdoutIsTerminal whether standard output is a terminal: the text report is then in colour
 * @param stderrIsTerminal whether standard error is a terminal a person watches: {@code check}
 *     then shows its progress there, whatever standard output is
 * @param variables the environment variables ({@code NO_COLOR})
 * @param workingDirectory where a configuration file is looked for first
 */
public record ProcessEnvironment(InputStream stdin, boolean stdoutIsTerminal, boolean stderrIsTerminal,
        Map<String, String> variables, Path workingDirectory) {

    /** Checks the parts and copies the variables. */
    public ProcessEnvironment {
        Objects.requireNonNull(stdin, "stdin");
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The environment of this process: its standard streams, variables and working directory. */
    public static ProcessEnvironment current() {
        return new ProcessEnvironment(System.in, isTerminal(1), isTerminal(2), System.getenv(), Path.of(""));
    }

    /** An environment with no terminal and no input, in the JVM's working directory (for tests and tools). */
    public static ProcessEnvironment detached() {
        return new ProcessEnvironment(InputStream.nullInputStream(), false, false, Map.of(), Path.of(""));
    }

    /**
     * Whether the text report may be coloured: standard output is a terminal and
     * {@code NO_COLOR} is not set to a non-empty value (<a href="https://no-color.org">no-color.org</a>).
     */
    public boolean colour() {
        String noColor = variables.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty());
    }

    /**
     * Whether file descriptor {@code fd} (1 standard output, 2 standard error) is a terminal. Java
     * 17 cannot ask (Console.isTerminal came in 22, and {@code System.console()} speaks of stdin
     * and stdout together), so: on Linux the descriptor's link in {@code /proc/self/fd} names a
     * terminal device; elsewhere on Unix {@code test -t} answers for the inherited descriptor;
     * otherwise {@code System.console()} is the best guess.
     */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.startsWith("/dev/console");
            } catch (IOException | UnsupportedOperationException e) {
                return System.console() != null;
            }
        }
        Boolean answer = testT(fd);
        return answer != null ? answer : System.console() != null;
    }

    private static @Nullable Boolean testT(int fd) {
        if (!Files.isExecutable(Path.of("/bin/sh"))) {
            return null;
        }
        try {
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "[ -t " + fd + " ]");
            if (fd == 1) {
                builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
            } else {
                builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            }
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
