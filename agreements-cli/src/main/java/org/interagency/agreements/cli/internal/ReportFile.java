package org.interagency.agreements.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * A report written to a file ({@code --output FILE}): in UTF-8, to a temporary file beside it
 * that then replaces it, so a CI step that reads the file never sees half a report, and a failed
 * run leaves the previous report as it was.
 */
public final class ReportFile {

    private ReportFile() {
    }

    /**
     * Writes what {@code report} prints to {@code file}.
     *
     * @throws CliException if the file cannot be written, naming it and saying why
     */
    public static void write(Path file, Consumer<PrintWriter> report) {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                    PrintWriter out = new PrintWriter(writer)) {
                report.accept(out);
                if (out.checkError()) {
                    throw new IOException("writing failed (is the disk full?)");
                }
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new CliException("--output: cannot write the report to " + file + ": " + FileProblems.describe(e), e);
        } catch (UncheckedIOException e) {
            throw new CliException("--output: cannot write the report to " + file + ": " + FileProblems.describe(e.getCause()), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Best effort: the temporary file is hidden and named after the report.
                }
            }
        }
    }
}
