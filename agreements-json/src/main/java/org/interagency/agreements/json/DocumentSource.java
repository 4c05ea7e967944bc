package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.json.internal.Utf8;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What {@link AgreementJson#read(DocumentSource)} reads: a document's bytes, text, stream or file,
 * its name (which {@link SourcePositions#source()} gives back, for messages) and its syntax.
 *
 * <pre>{@code
 * DocumentSource file = DocumentSource.of(Path.of("flood-mou.yaml"));        // YAML, by its name
 * DocumentSource upload = DocumentSource.of(bytes, "upload 7", DocumentSyntax.JSON);
 * }</pre>
 *
 * <p>Nothing is read when a source is made: a file is read when the agreement is, through
 * {@link BoundedFiles}, never more than the reader's {@link AgreementJson#maxDocumentBytes()}
 * and never a file that is not a regular file (a named pipe or {@code /dev/zero} would otherwise
 * block the read or fill the memory). A stream is read once, to its end or one byte past the
 * limit, and is not closed. An array of bytes is read as it is when the agreement is read, not
 * copied: do not change it until the read returns (the read's {@link SourcePositions} keep a
 * copy of it, so it may change afterwards).
 *
 * <p>Instances are immutable (a stream source excepted: its stream is consumed by a read).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DocumentSource {

    private final String name;
    private final DocumentSyntax syntax;
    private final @Nullable Path path;
    private final byte @Nullable [] bytes;
    private final @Nullable String text;
    private final @Nullable InputStream stream;

    private DocumentSource(String name, DocumentSyntax syntax, @Nullable Path path, byte @Nullable [] bytes,
            @Nullable String text, @Nullable InputStream stream) {
        this.name = Objects.requireNonNull(name, "name");
        this.syntax = Objects.requireNonNull(syntax, "syntax");
        this.path = path;
        this.bytes = bytes;
        this.text = text;
        this.stream = stream;
    }

    /**
     * {@return the document in {@code file}, in the syntax its name says ({@code *.json}, {@code
     * *.yaml}, {@code *.yml}); named by the path as given}
     *
     * @param file the file
     * @throws IllegalArgumentException if the name has none of those extensions; say the syntax
     *     with {@link #of(Path, DocumentSyntax)}
     */
    public static DocumentSource of(Path file) {
        Objects.requireNonNull(file, "file");
        DocumentSyntax syntax = DocumentSyntax.ofFileName(file).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the syntax of " + file + " from its name: name it *.json, *.yaml or *.yml,"
                        + " or give the syntax"));
        return of(file, syntax);
    }

    /**
     * {@return the document in {@code file}, in {@code syntax} whatever its name; named by the path
     * as given}
     *
     * @param file the file
     * @param syntax the syntax of its content
     */
    public static DocumentSource of(Path file, DocumentSyntax syntax) {
        Objects.requireNonNull(file, "file");
        return new DocumentSource(file.toString(), syntax, file, null, null, null);
    }

    /**
     * {@return a document in UTF-8 (not copied; see the class description)}
     *
     * @param utf8 the document's bytes
     * @param name the name problems are reported under
     * @param syntax the syntax of the document
     */
    public static DocumentSource of(byte[] utf8, String name, DocumentSyntax syntax) {
        Objects.requireNonNull(utf8, "utf8");
        return new DocumentSource(name, syntax, null, utf8, null, null);
    }

    /**
     * {@return a document given as text} Encoded as UTF-8 when it is read; an unpaired surrogate is
     * a {@link MalformedDocumentException}.
     *
     * @param text the document
     * @param name the name problems are reported under
     * @param syntax the syntax of the document
     */
    public static DocumentSource of(String text, String name, DocumentSyntax syntax) {
        Objects.requireNonNull(text, "text");
        return new DocumentSource(name, syntax, null, null, text, null);
    }

    /**
     * {@return a document in UTF-8 read from {@code in} to its end (see the class description); the
     * stream is not closed}
     *
     * @param in the stream to read
     * @param name the name problems are reported under
     * @param syntax the syntax of the document
     */
    public static DocumentSource of(InputStream in, String name, DocumentSyntax syntax) {
        Objects.requireNonNull(in, "in");
        return new DocumentSource(name, syntax, null, null, null, in);
    }

    /**
     * {@return the name of the document, for messages: the path of a file, or the name it was
     * given}
     */
    public String name() {
        return name;
    }

    /**
     * {@return the syntax the document is read in}
     */
    public DocumentSyntax syntax() {
        return syntax;
    }

    /**
     * The document's bytes, at most {@code maxBytes} from a file or a stream (an array given whole
     * is returned as it is, and its size checked by the reader).
     */
    byte[] bytes(long maxBytes) {
        if (bytes != null) {
            return bytes;
        }
        if (text != null) {
            return Utf8.encode(text);
        }
        if (path != null) {
            return BoundedFiles.read(path, maxBytes, "the document", "maxDocumentBytes");
        }
        try {
            byte[] read = Objects.requireNonNull(stream).readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (read.length > maxBytes) {
                throw BoundedFiles.tooLarge("the document", maxBytes, "maxDocumentBytes");
            }
            return read;
        } catch (IOException e) {
            throw new DocumentSourceException(name, "reading the stream failed: " + e.getMessage(), e);
        }
    }

    /** Whether the bytes are the caller's array, which may change once a read has returned. */
    boolean isCallersArray() {
        return bytes != null;
    }

    /** {@code DocumentSource[flood-mou.yaml, YAML]}. */
    @Override
    public String toString() {
        return "DocumentSource[" + name + ", " + syntax + "]";
    }
}
