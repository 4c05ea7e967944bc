package org.interagency.agreements.cli.internal;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.json.BoundedFiles;
import org.interagency.agreements.json.DocumentLimitException;
import org.interagency.agreements.json.DocumentSourceException;
import org.interagency.agreements.json.MalformedDocumentException;

import java.nio.file.Path;

/**
 * The small files the commands read besides agreement documents (keys, signature documents, the
 * rule configuration), read through {@link BoundedFiles}: never more than their limit, and never
 * a named pipe, a device or a directory, each refused at once with one line that names the file.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * The bytes of {@code file}, the {@code what} of the command ({@code "key"}).
     *
     * @throws CliException if the file cannot be read, is not a regular file, or has more than
     *     {@code maxBytes} bytes, naming it and saying which
     */
    public static byte[] read(Path file, long maxBytes, String what) {
        try {
            return BoundedFiles.read(file, maxBytes);
        } catch (DocumentSourceException e) {
            throw new CliException("cannot read the " + what + " " + Messages.quoteName(file) + ": " + e.reason(), e);
        } catch (DocumentLimitException e) {
            throw tooLarge(file, maxBytes, what, e);
        }
    }

    /**
     * The text of {@code file} in strict UTF-8, as {@link #read(Path, long, String)} reads its bytes.
     *
     * @throws CliException also if the file is not UTF-8 text, with the line and column
     */
    public static String readText(Path file, long maxBytes, String what) {
        try {
            return BoundedFiles.readText(file, maxBytes);
        } catch (DocumentSourceException e) {
            throw new CliException("cannot read the " + what + " " + Messages.quoteName(file) + ": " + e.reason(), e);
        } catch (DocumentLimitException e) {
            throw tooLarge(file, maxBytes, what, e);
        } catch (MalformedDocumentException e) {
            throw new CliException(what + " " + Messages.quoteName(file) + ":" + e.line() + ":" + e.column() + " is not UTF-8 text: "
                    + e.problems().get(0).message(), e);
        }
    }

    private static CliException tooLarge(Path file, long maxBytes, String what, DocumentLimitException e) {
        return new CliException(what + " " + Messages.quoteName(file) + " has more than the limit of " + maxBytes + " bytes: it is not a "
                + what + " file", e);
    }
}
