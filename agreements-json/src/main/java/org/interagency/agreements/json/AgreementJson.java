package org.interagency.agreements.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.internal.Documents;
import org.interagency.agreements.json.internal.Documents.Syntax;
import org.interagency.agreements.json.internal.Limits;
import org.interagency.agreements.json.internal.Utf8;
import org.interagency.agreements.rules.JsonPointer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes agreements as JSON and YAML documents, strictly and within bounds.
 *
 * <p>Documents come from other agencies' systems and from people, so the reader trusts nothing:
 * <ul>
 *   <li>input is UTF-8 without a byte-order mark, checked strictly (no overlong forms, no
 *       UTF-16 or UTF-32);</li>
 *   <li>unknown properties, duplicate properties (also when one is written with escapes),
 *       explicit {@code null}, missing required values and trailing content are rejected;</li>
 *   <li>no value is coerced: {@code "7"} is not a number, {@code 7.9} and {@code 7.0} are not
 *       whole numbers, {@code 0} is not an enum constant, {@code [2026,2,28]} and
 *       {@code "2026-02-28T10:00:00"} are not dates, {@code 1e400} is out of range rather than
 *       infinite;</li>
 *   <li>enum values are matched exactly, and a near miss is named in the message;</li>
 *   <li>text fields may not hold bidirectional control characters, nor ids invisible ones;</li>
 *   <li>in YAML, anchors, aliases, merge keys and explicit tags are rejected, so a "billion
 *       laughs" document fails at its first alias and no tag can name a Java class;</li>
 *   <li>the size of everything is bounded; the defaults below fit real agreements (well under a
 *       megabyte, a dozen levels deep), and each can be raised on the {@link Builder}.</li>
 * </ul>
 * A failed read throws an {@link AgreementReadException} naming line, column and JSON Pointer of
 * each problem; a partial agreement is never returned. The {@code schemaVersion} is checked:
 * major version 1 is read, any minor version (see {@code docs/document-format.md}).
 *
 * <p>A lenient reader ({@link Builder#lenient(boolean)}) accepts unknown properties and reports
 * them as findings ({@link #readWithFindings(byte[])}); every other check stays.
 *
 * <p>Writing puts {@code schemaVersion} first, omits absent values and empty lists, and writes
 * enums in kebab-case ({@code "in-force"}). What the writer writes, the reader reads back equal.
 *
 * <pre>{@code
 * AgreementJson json = AgreementJson.defaults();
 * Agreement agreement = json.read(Path.of("flood-mou.json"));
 * String pretty = json.writePretty(agreement);
 *
 * AgreementJson big = AgreementJson.builder().maxDocumentBytes(64L << 20).maxTokenCount(20_000_000).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class AgreementJson {

    /** Default largest document: 4 MiB of UTF-8. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 4L * 1024 * 1024;
    /** Default deepest nesting of objects and arrays: 32 (the format itself needs 6). */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** Default longest string: 16 384 characters (the longest text field, the vision, allows 10 000). */
    public static final int DEFAULT_MAX_STRING_LENGTH = 16_384;
    /** Default longest property name: 256 characters (the format's longest is 24). */
    public static final int DEFAULT_MAX_PROPERTY_NAME_LENGTH = 256;
    /** Default longest number, and most digits of a decimal written out in full: 64. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
    /** Default most tokens in a document: 1 000 000 (a 1 MB agreement has about 150 000). */
    public static final long DEFAULT_MAX_TOKEN_COUNT = 1_000_000;
    /** Default most problems reported for one document: 50. */
    public static final int DEFAULT_MAX_PROBLEMS = 50;

    private static final AgreementJson DEFAULTS = builder().build();

    private final Limits limits;
    private final boolean lenient;
    private final Documents documents;

    private AgreementJson(Builder builder) {
        this.limits = new Limits(builder.maxDocumentBytes, builder.maxDepth, builder.maxStringLength,
                builder.maxPropertyNameLength, builder.maxNumberLength, builder.maxTokenCount, builder.maxProblems);
        this.lenient = builder.lenient;
        this.documents = new Documents(limits, lenient);
    }

    /** A strict reader and writer with the default limits. */
    public static AgreementJson defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this instance's configuration. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.maxDocumentBytes = limits.maxDocumentBytes();
        builder.maxDepth = limits.maxDepth();
        builder.maxStringLength = limits.maxStringLength();
        builder.maxPropertyNameLength = limits.maxPropertyNameLength();
        builder.maxNumberLength = limits.maxNumberLength();
        builder.maxTokenCount = limits.maxTokenCount();
        builder.maxProblems = limits.maxProblems();
        builder.lenient = lenient;
        return builder;
    }

    // ---------------------------------------------------------------- reading JSON

    /**
     * Reads an agreement from a JSON document.
     *
     * @throws MalformedDocumentException if the text holds an unpaired surrogate or is not JSON
     * @throws AgreementReadException for every other problem (see the class description)
     */
    public Agreement read(String document) {
        return read(Utf8.encode(document));
    }

    /**
     * Reads an agreement from a JSON document in UTF-8.
     *
     * @throws AgreementReadException if the document is not a valid agreement document
     */
    public Agreement read(byte[] document) {
        return documents.readAgreement(document, document.length, Syntax.JSON).value();
    }

    /**
     * Reads an agreement from a JSON document in UTF-8, reading the stream to its end (at most
     * {@link Builder#maxDocumentBytes(long)} bytes) without closing it.
     *
     * @throws AgreementReadException if the document is not a valid agreement document
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Agreement read(InputStream document) {
        return read(bytes(document));
    }

    /**
     * Reads an agreement from a JSON file in UTF-8.
     *
     * @throws AgreementReadException if the document is not a valid agreement document
     * @throws UncheckedIOException if the file cannot be read: it does not exist, is a directory,
     *     or may not be read; the message names the path and says which, and the cause is the
     *     file system's {@link IOException} (for example {@link NoSuchFileException})
     */
    public Agreement read(Path document) {
        return read(bytes(document));
    }

    /**
     * Reads an agreement from a JSON document in UTF-8 and returns it with the findings of a
     * lenient reader (unknown properties it ignored); a strict reader returns no findings.
     *
     * @throws AgreementReadException if the document is not a valid agreement document
     */
    public ReadResult readWithFindings(byte[] document) {
        Documents.Read<Agreement> read = documents.readAgreement(document, document.length, Syntax.JSON);
        return new ReadResult(read.value(), read.findings());
    }

    // ---------------------------------------------------------------- reading YAML

    /** Reads an agreement from a YAML document, with the same checks as {@link #read(String)}. */
    public Agreement readYaml(String document) {
        return readYaml(Utf8.encode(document));
    }

    /** Reads an agreement from a YAML document in UTF-8, with the same checks as {@link #read(byte[])}. */
    public Agreement readYaml(byte[] document) {
        return documents.readAgreement(document, document.length, Syntax.YAML).value();
    }

    /** Reads an agreement from a YAML stream in UTF-8, with the same checks as {@link #read(InputStream)}. */
    public Agreement readYaml(InputStream document) {
        return readYaml(bytes(document));
    }

    /**
     * Reads an agreement from a YAML file in UTF-8, with the same checks as {@link #read(Path)}.
     *
     * @throws AgreementReadException if the document is not a valid agreement document
     * @throws UncheckedIOException if the file cannot be read, as {@link #read(Path)} says
     */
    public Agreement readYaml(Path document) {
        return readYaml(bytes(document));
    }

    /** Reads a YAML document as {@link #readWithFindings(byte[])} reads JSON. */
    public ReadResult readYamlWithFindings(byte[] document) {
        Documents.Read<Agreement> read = documents.readAgreement(document, document.length, Syntax.YAML);
        return new ReadResult(read.value(), read.findings());
    }

    // ---------------------------------------------------------------- writing

    /** The agreement as compact JSON. */
    public String write(Agreement agreement) {
        return new String(writeBytes(agreement), StandardCharsets.UTF_8);
    }

    /** The agreement as compact JSON in UTF-8. */
    public byte[] writeBytes(Agreement agreement) {
        return documents.writeAgreement(Objects.requireNonNull(agreement, "agreement"), Syntax.JSON, false);
    }

    /** The agreement as JSON indented by two spaces, with {@code '\n'} line ends and a final line end. */
    public String writePretty(Agreement agreement) {
        return new String(documents.writeAgreement(Objects.requireNonNull(agreement, "agreement"), Syntax.JSON, true),
                StandardCharsets.UTF_8);
    }

    /**
     * Writes the agreement as JSON in UTF-8 to {@code out}, pretty or compact, without closing it.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(Agreement agreement, OutputStream out, boolean pretty) {
        byte[] bytes = documents.writeAgreement(Objects.requireNonNull(agreement, "agreement"), Syntax.JSON, pretty);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The agreement as a YAML document (block style, strings quoted). */
    public String writeYaml(Agreement agreement) {
        return new String(documents.writeAgreement(Objects.requireNonNull(agreement, "agreement"), Syntax.YAML, false),
                StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- limits

    /** The largest document read, in bytes. */
    public long maxDocumentBytes() {
        return limits.maxDocumentBytes();
    }

    /** The deepest nesting of objects and arrays read. */
    public int maxDepth() {
        return limits.maxDepth();
    }

    /** The longest string read, in UTF-16 code units. */
    public int maxStringLength() {
        return limits.maxStringLength();
    }

    /** The longest property name read. */
    public int maxPropertyNameLength() {
        return limits.maxPropertyNameLength();
    }

    /** The longest number read, and the most digits of a decimal written out in full. */
    public int maxNumberLength() {
        return limits.maxNumberLength();
    }

    /** The most tokens read in one document. */
    public long maxTokenCount() {
        return limits.maxTokenCount();
    }

    /** The most problems reported for one document. */
    public int maxProblems() {
        return limits.maxProblems();
    }

    /** Whether unknown properties are reported as findings instead of rejected. */
    public boolean isLenient() {
        return lenient;
    }

    private byte[] bytes(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            long max = limits.maxDocumentBytes();
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge(bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            long size = Files.size(path);
            if (size > limits.maxDocumentBytes()) {
                throw tooLarge(size);
            }
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length > limits.maxDocumentBytes()) {
                throw tooLarge(bytes.length); // the file grew after its size was read
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(unreadable(path, e), e);
        }
    }

    /** Says which file could not be read and why, in words rather than in the file system's terms. */
    private static String unreadable(Path path, IOException e) {
        if (Files.isDirectory(path)) {
            return path + " is a directory, not a document; give the path of an agreement file";
        }
        if (e instanceof NoSuchFileException) {
            return path + " does not exist; give the path of an agreement file";
        }
        if (e instanceof AccessDeniedException) {
            return path + " cannot be read: permission denied";
        }
        return path + " cannot be read: " + e.getMessage();
    }

    private DocumentLimitException tooLarge(long size) {
        return new DocumentLimitException(List.of(new DocumentProblem(ProblemKind.LIMIT, "the document has at least "
                + size + " bytes, more than the limit of " + limits.maxDocumentBytes()
                + " (raise it with maxDocumentBytes on the builder)", 0, 0, JsonPointer.root())), false);
    }

    /**
     * Configures an {@link AgreementJson}. Every limit must be positive. Not thread-safe; the
     * instances it builds are.
     */
    public static final class Builder {
        private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxPropertyNameLength = DEFAULT_MAX_PROPERTY_NAME_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;
        private int maxProblems = DEFAULT_MAX_PROBLEMS;
        private boolean lenient;

        private Builder() {
        }

        /** The largest document read, in bytes (default {@value AgreementJson#DEFAULT_MAX_DOCUMENT_BYTES}). */
        public Builder maxDocumentBytes(long bytes) {
            this.maxDocumentBytes = positive(bytes, "maxDocumentBytes");
            return this;
        }

        /** The deepest nesting of objects and arrays (default {@value AgreementJson#DEFAULT_MAX_DEPTH}). */
        public Builder maxDepth(int depth) {
            this.maxDepth = (int) positive(depth, "maxDepth");
            return this;
        }

        /** The longest string, in UTF-16 code units (default {@value AgreementJson#DEFAULT_MAX_STRING_LENGTH}). */
        public Builder maxStringLength(int length) {
            this.maxStringLength = (int) positive(length, "maxStringLength");
            return this;
        }

        /** The longest property name (default {@value AgreementJson#DEFAULT_MAX_PROPERTY_NAME_LENGTH}). */
        public Builder maxPropertyNameLength(int length) {
            this.maxPropertyNameLength = (int) positive(length, "maxPropertyNameLength");
            return this;
        }

        /**
         * The longest number, and the most digits before or after the point of a decimal written
         * out in full (default {@value AgreementJson#DEFAULT_MAX_NUMBER_LENGTH}).
         */
        public Builder maxNumberLength(int length) {
            this.maxNumberLength = (int) positive(length, "maxNumberLength");
            return this;
        }

        /** The most tokens in one document (default {@value AgreementJson#DEFAULT_MAX_TOKEN_COUNT}). */
        public Builder maxTokenCount(long count) {
            this.maxTokenCount = positive(count, "maxTokenCount");
            return this;
        }

        /** The most problems reported for one document (default {@value AgreementJson#DEFAULT_MAX_PROBLEMS}). */
        public Builder maxProblems(int count) {
            this.maxProblems = (int) positive(count, "maxProblems");
            return this;
        }

        /**
         * Whether unknown properties are accepted and reported as findings (true) or rejected
         * (false, the default). Every other check stays.
         */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /** An immutable, thread-safe reader and writer with this configuration. */
        public AgreementJson build() {
            return new AgreementJson(this);
        }

        private static long positive(long value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, not " + value);
            }
            return value;
        }
    }
}
