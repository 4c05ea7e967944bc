package org.interagency.agreements.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Text that a command writes to a file it is given ({@code assess}, {@code diff} and {@code
 * report} with {@code --output}): in UTF-8, straight into the file, with one kind of error for
 * every way the write can fail. (A report of {@code check} goes through {@link ReportFile}, which
 * replaces the file whole.)
 */
public final class TextFile {

    private TextFile() {
    }

    /**
     * Writes what {@code text} prints to {@code file}.
     *
     * @param shown the file's name as the error message shows it, already escaped or quoted
     * @throws CliException if the file cannot be written, naming it and saying why
     */
    public static void write(Path file, String shown, Consumer<PrintWriter> text) {
        try (PrintWriter out = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)))) {
            text.accept(out);
            // A PrintWriter keeps write errors (a full disk) to itself: ask it.
            if (out.checkError()) {
                throw new CliException("cannot write " + shown + ": the write failed (is the disk full?)");
            }
        } catch (IOException e) {
            throw new CliException("cannot write " + shown + ": " + FileProblems.describe(e), e);
        } catch (UncheckedIOException e) {
            throw new CliException("cannot write " + shown + ": " + FileProblems.describe(e.getCause()), e);
        }
    }
}
