package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A file could not be read at all, so there is no document to read: there is no such file, it
 * may not be read, it is not a regular file, or reading it failed. A directory, a named pipe
 * (FIFO) and a device such as {@code /dev/zero} are refused before a byte is read, so that
 * reading never blocks and never runs without end; a symbolic link is followed and its target
 * checked. The one problem has the kind {@link ProblemKind#UNREADABLE} and no line or column.
 *
 * <p>A file larger than the limit is not this exception but a {@link DocumentLimitException}.
 */
@API(status = STABLE, since = "0.1")
public final class DocumentSourceException extends AgreementReadException {

    private static final long serialVersionUID = 1L;

    /** The file, as it was named; serialized. */
    private final String source;
    /** Why the file could not be read, in words, without its name; serialized. */
    private final String reason;

    DocumentSourceException(String source, String reason, @Nullable IOException cause) {
        super("cannot read " + source + ": " + reason, List.of(new DocumentProblem(ProblemKind.UNREADABLE,
                "cannot read " + source + ": " + reason, 0, 0, JsonPointer.root())), cause);
        this.source = source;
        this.reason = reason;
    }

    /**
     * {@return the file, as it was named}
     */
    public String source() {
        return source;
    }

    /**
     * {@return why it could not be read, in words, without the file's name: {@code "no such file"},
     * {@code "permission denied"}, {@code "it is a directory, not a file"}, {@code "it is a named
     * pipe (FIFO), not a regular file"}, {@code "it is a device, not a regular file"}, or the
     * system's reason}
     */
    public String reason() {
        return reason;
    }
}
