package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.json.internal.StrictUtf8;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Reads small files whole, never more than a limit, and never a file that is not a regular file:
 * what every file an application takes from a user needs, agreement documents as well as keys,
 * signature documents and configuration files. {@link DocumentSource#of(Path)} reads documents
 * this way.
 *
 * <p>The file (or the target of a symbolic link) is checked before it is opened: a directory, a
 * named pipe (FIFO), a socket or a device such as {@code /dev/zero} is refused, so that a read
 * never waits for a writer that does not come and never reads without end. A regular file larger
 * than the limit is refused from its size, without reading it; one that grows while it is read,
 * or whose size the system does not know (as for files under {@code /proc}), is read to one byte
 * past the limit and no further.
 *
 * <pre>{@code
 * byte[] configuration = BoundedFiles.read(Path.of("agreements.yaml"), 1 << 20);
 * String signatures = BoundedFiles.readText(Path.of("mou.sig.json"), 1 << 20);
 * }</pre>
 *
 * <p>Thread-safe: the methods keep no state.
 */
@API(status = STABLE, since = "0.1")
public final class BoundedFiles {

    /** The most bytes one array holds (a little under {@code Integer.MAX_VALUE} on every JVM). */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private BoundedFiles() {
    }

    /**
     * {@return the bytes of {@code file}, at most {@code maxBytes} of them}
     *
     * @param file the file to read
     * @param maxBytes the most bytes read
     * @throws DocumentSourceException if there is no such file, it may not be read, it is not a
     *     regular file, or reading it fails
     * @throws DocumentLimitException if it has more than {@code maxBytes} bytes
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    public static byte[] read(Path file, long maxBytes) {
        return read(file, maxBytes, "the file", null);
    }

    /**
     * {@return the text of {@code file} in strict UTF-8 (no byte-order mark, no malformed or
     * overlong sequence, no NUL), at most {@code maxBytes} bytes of it}
     *
     * @param file the file to read
     * @param maxBytes the most bytes read
     * @throws DocumentSourceException if there is no such file, it may not be read, it is not a
     *     regular file, or reading it fails
     * @throws DocumentLimitException if it has more than {@code maxBytes} bytes
     * @throws MalformedDocumentException if it is not strict UTF-8, with the line and column
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    public static String readText(Path file, long maxBytes) {
        byte[] bytes = read(file, maxBytes);
        StrictUtf8.Violation violation = StrictUtf8.check(bytes, bytes.length);
        if (violation != null) {
            throw new MalformedDocumentException(List.of(new DocumentProblem(ProblemKind.ENCODING, violation.message(),
                    violation.line(), violation.column(), JsonPointer.root())), false);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Reads {@code file} as {@link #read(Path, long)} does; {@code what} names it in the message of
     * a file too large ({@code "the document"}), and {@code limitName} is the builder method that
     * raises the limit, if there is one.
     */
    static byte[] read(Path file, long maxBytes, String what, @Nullable String limitName) {
        Objects.requireNonNull(file, "file");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        }
        String source = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class); // follows symbolic links
        } catch (IOException e) {
            throw new DocumentSourceException(source, describe(e), e);
        }
        if (attributes.isDirectory()) {
            throw new DocumentSourceException(source, "it is a directory, not a file", null);
        }
        if (!attributes.isRegularFile()) {
            throw new DocumentSourceException(source, notRegular(file), null);
        }
        // Nothing larger than one array can be read, whatever the limit.
        long limit = Math.min(maxBytes, MAX_ARRAY);
        if (attributes.size() > limit) {
            throw tooLarge(what, limit, limitName);
        }
        // The check above and the open below are two steps: a file swapped for a named pipe in
        // between would still block the open. The check is against mistakes and hostile files
        // handed over, not against someone who can change the directory while it is read.
        try (InputStream in = Files.newInputStream(file)) {
            int expected = (int) attributes.size();
            byte[] bytes = new byte[expected];
            int read = in.readNBytes(bytes, 0, expected);
            if (read < expected) {
                return Arrays.copyOf(bytes, read); // the file shrank while it was read
            }
            // The file may have grown, or its size may not be known (files under /proc say 0).
            byte[] rest = in.readNBytes((int) Math.min(MAX_ARRAY - (long) read, limit - read + 1));
            if (rest.length == 0) {
                return bytes;
            }
            if (read + (long) rest.length > limit) {
                throw tooLarge(what, limit, limitName);
            }
            byte[] all = Arrays.copyOf(bytes, read + rest.length);
            System.arraycopy(rest, 0, all, read, rest.length);
            return all;
        } catch (IOException e) {
            throw new DocumentSourceException(source, describe(e), e);
        }
    }

    static DocumentLimitException tooLarge(String what, long limit, @Nullable String limitName) {
        return new DocumentLimitException(List.of(new DocumentProblem(ProblemKind.LIMIT, what
                + " has more than the limit of " + limit + " bytes", 0, 0, JsonPointer.root())), false, limitName);
    }

    /** What kind of file that is not a regular file {@code file} is, from its Unix mode where the system tells it. */
    private static String notRegular(Path file) {
        int type;
        try {
            type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000; // S_IFMT of stat(2)
        } catch (IOException | RuntimeException e) {
            return "it is not a regular file";
        }
        switch (type) {
            case 0010000:
                return "it is a named pipe (FIFO), not a regular file";
            case 0020000:
            case 0060000:
                return "it is a device, not a regular file";
            case 0140000:
                return "it is a socket, not a regular file";
            default:
                return "it is not a regular file";
        }
    }

    /** Plain words for why a file could not be opened, without the JDK's exception names. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? "the system could not read it" : e.getMessage();
    }
}
