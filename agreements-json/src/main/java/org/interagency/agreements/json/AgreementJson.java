package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.internal.Documents;
import org.interagency.agreements.json.internal.Limits;
import org.interagency.agreements.json.internal.PositionRecorder;
import org.interagency.agreements.json.internal.Waivers;
import org.interagency.agreements.rules.Waiver;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

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
 * <p>{@link #read(DocumentSource)} is the one way to read: from bytes, text, a stream or a file
 * (a file is read through {@link BoundedFiles}: never more than the limit, never a named pipe or
 * a device), as JSON or YAML. It returns the agreement with its {@link SourcePositions}, recorded
 * in the same pass, which turn the JSON Pointer of any finding into a line and column.
 *
 * <p>A lenient reader ({@link Builder#lenient(boolean)}) accepts unknown properties and reports
 * them as findings ({@link ReadResult#findings()}); every other check stays.
 *
 * <p>Writing puts {@code schemaVersion} first, omits absent values and empty lists, and writes
 * enums in kebab-case ({@code "in-force"}). What the writer writes, the reader reads back equal.
 *
 * <pre>{@code
 * AgreementJson json = AgreementJson.defaults();
 * ReadResult read = json.read(DocumentSource.of(Path.of("flood-mou.yaml")));
 * Agreement agreement = read.agreement();
 * SourcePosition term = read.positions().of(JsonPointer.of("term"));
 * String pretty = json.writePretty(agreement);
 *
 * AgreementJson big = AgreementJson.builder().maxDocumentBytes(64L << 20).maxTokenCount(20_000_000).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
@API(status = STABLE, since = "0.1")
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

    /**
     * {@return a strict reader and writer with the default limits}
     */
    public static AgreementJson defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a builder starting from the defaults}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this instance's configuration.
     *
     * @return this builder
     */
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

    // ---------------------------------------------------------------- reading

    /**
     * Reads an agreement from {@code source}: its bytes, text, stream or file (never more than
     * {@link #maxDocumentBytes()}, and never a file that is not a regular file), in its syntax,
     * strictly, in one pass that also records where each value starts.
     *
     * @param source the document to read
     * @return the agreement, where its values are in the document, and the findings of a
     *     lenient reader (unknown properties it ignored; none for a strict reader)
     * @throws DocumentSourceException if the source is a file that cannot be read at all (no such
     *     file, permission denied, a directory, a named pipe, a device), or a stream that fails
     * @throws DocumentLimitException if the document is larger than {@link #maxDocumentBytes()}, or
     *     exceeds another limit
     * @throws AgreementReadException for every other problem (see the class description)
     */
    public ReadResult read(DocumentSource source) {
        Objects.requireNonNull(source, "source");
        byte[] bytes = source.bytes(limits.maxDocumentBytes());
        Documents.Read<Agreement> read = documents.readAgreement(bytes, bytes.length, source.syntax());
        PositionRecorder positions = read.positions();
        if (positions != null && source.isCallersArray()) {
            // The positions read the bytes again when first asked; the caller's array may change.
            positions = positions.withOwnBytes();
        }
        return new ReadResult(read.value(), new SourcePositions(source.name(), positions), read.findings());
    }

    /**
     * Reads an agreement from a JSON document given as text: {@code read(DocumentSource.of(json,
     * "document", DocumentSyntax.JSON)).agreement()}.
     *
     * @param json the JSON document
     * @return the agreement read
     * @throws MalformedDocumentException if the text holds an unpaired surrogate or is not JSON
     * @throws AgreementReadException for every other problem (see the class description)
     */
    public Agreement read(String json) {
        return read(DocumentSource.of(json, "document", DocumentSyntax.JSON)).agreement();
    }

    /**
     * Reads a waiver file from {@code source}, with the same strictness and limits as an
     * agreement: unknown and duplicate keys, a missing rule id, agreement id, target,
     * justification, approver, approval or expiry date, a waiver that expires before it was
     * approved, and two waivers of the same finding are each a located problem. The format is
     * described in {@code docs/waivers.md} and by {@link AgreementSchema#WAIVERS_RESOURCE}:
     * <pre>{@code
     * {"schemaVersion": "1.0",
     *  "waivers": [{"ruleId": "roles.accountable-overlap", "agreementId": "harris-flood-mou",
     *               "location": "/responsibilities/2",
     *               "justification": "shared until the 2027 revision", "approvedBy": "county counsel",
     *               "approved": "2026-07-01", "expires": "2027-06-30"}]}
     * }</pre>
     * Whether the rules exist, and whether a waiver runs longer than allowed, is checked when the
     * waivers are given to a validator, which knows its rules and its configuration.
     *
     * @param source the waiver file to read
     * @return the waivers, in the order of the file
     * @throws DocumentSourceException if the source is a file that cannot be read at all
     * @throws DocumentLimitException if the file exceeds a limit
     * @throws AgreementReadException for every other problem, with line, column and JSON Pointer
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public List<Waiver> readWaivers(DocumentSource source) {
        Objects.requireNonNull(source, "source");
        byte[] bytes = source.bytes(limits.maxDocumentBytes());
        return Waivers.read(documents, bytes, source.syntax());
    }

    // ---------------------------------------------------------------- writing

    /**
     * {@return the agreement as compact JSON}
     *
     * @param agreement the agreement to write
     * @throws IllegalArgumentException if the agreement declares schema version 1.0 and sets a
     *     value of 1.1 (a provision, a party's government level, ...), which a reader rejects
     */
    public String write(Agreement agreement) {
        return new String(writeBytes(agreement), StandardCharsets.UTF_8);
    }

    /**
     * {@return the agreement as compact JSON in UTF-8}
     *
     * @param agreement the agreement to write
     * @throws IllegalArgumentException if the agreement declares schema version 1.0 and sets a
     *     value of 1.1 (a provision, a party's government level, ...), which a reader rejects
     */
    public byte[] writeBytes(Agreement agreement) {
        return documents.writeAgreement(Objects.requireNonNull(agreement, "agreement"), DocumentSyntax.JSON, false);
    }

    /**
     * {@return the agreement as JSON indented by two spaces, with {@code '\n'} line ends and a
     * final line end}
     *
     * @throws IllegalArgumentException if the agreement declares schema version 1.0 and sets a
     *     value of 1.1 (a provision, a party's government level, ...), which a reader rejects
     * @param agreement the agreement to write
     */
    public String writePretty(Agreement agreement) {
        return new String(documents.writeAgreement(Objects.requireNonNull(agreement, "agreement"), DocumentSyntax.JSON, true),
                StandardCharsets.UTF_8);
    }

    /**
     * Writes the agreement as JSON in UTF-8 to {@code out}, pretty or compact, without closing it.
     *
     * @param agreement the agreement to write
     * @param out the stream written to
     * @param pretty whether to indent (as {@link #writePretty(Agreement)} does) or write compact
     *     JSON
     * @throws UncheckedIOException if the stream cannot be written
     * @throws IllegalArgumentException if the agreement declares schema version 1.0 and sets a
     *     value of 1.1 (a provision, a party's government level, ...), which a reader rejects
     */
    public void write(Agreement agreement, OutputStream out, boolean pretty) {
        byte[] bytes = documents.writeAgreement(Objects.requireNonNull(agreement, "agreement"), DocumentSyntax.JSON, pretty);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the agreement as a YAML document (block style, strings quoted)}
     *
     * @param agreement the agreement to write
     * @throws IllegalArgumentException if the agreement declares schema version 1.0 and sets a
     *     value of 1.1 (a provision, a party's government level, ...), which a reader rejects
     */
    public String writeYaml(Agreement agreement) {
        return new String(documents.writeAgreement(Objects.requireNonNull(agreement, "agreement"), DocumentSyntax.YAML, false),
                StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- limits

    /**
     * {@return the largest document read, in bytes}
     */
    public long maxDocumentBytes() {
        return limits.maxDocumentBytes();
    }

    /**
     * {@return the deepest nesting of objects and arrays read}
     */
    public int maxDepth() {
        return limits.maxDepth();
    }

    /**
     * {@return the longest string read, in UTF-16 code units}
     */
    public int maxStringLength() {
        return limits.maxStringLength();
    }

    /**
     * {@return the longest property name read}
     */
    public int maxPropertyNameLength() {
        return limits.maxPropertyNameLength();
    }

    /**
     * {@return the longest number read, and the most digits of a decimal written out in full}
     */
    public int maxNumberLength() {
        return limits.maxNumberLength();
    }

    /**
     * {@return the most tokens read in one document}
     */
    public long maxTokenCount() {
        return limits.maxTokenCount();
    }

    /**
     * {@return the most problems reported for one document}
     */
    public int maxProblems() {
        return limits.maxProblems();
    }

    /**
     * {@return whether unknown properties are reported as findings instead of rejected}
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * Configures an {@link AgreementJson}. Every limit must be positive. Not thread-safe; the
     * instances it builds are.
     */
    @API(status = STABLE, since = "0.1")
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

        /**
         * The largest document read, in bytes (default {@value AgreementJson#DEFAULT_MAX_DOCUMENT_BYTES}).
         *
         * @param bytes the limit, at least 1
         * @return this builder
         */
        public Builder maxDocumentBytes(long bytes) {
            this.maxDocumentBytes = positive(bytes, "maxDocumentBytes");
            return this;
        }

        /**
         * The deepest nesting of objects and arrays (default {@value AgreementJson#DEFAULT_MAX_DEPTH}).
         *
         * @param depth the limit, at least 1
         * @return this builder
         */
        public Builder maxDepth(int depth) {
            this.maxDepth = (int) positive(depth, "maxDepth");
            return this;
        }

        /**
         * The longest string, in UTF-16 code units (default {@value AgreementJson#DEFAULT_MAX_STRING_LENGTH}).
         *
         * @param length the limit, at least 1
         * @return this builder
         */
        public Builder maxStringLength(int length) {
            this.maxStringLength = (int) positive(length, "maxStringLength");
            return this;
        }

        /**
         * The longest property name (default {@value AgreementJson#DEFAULT_MAX_PROPERTY_NAME_LENGTH}).
         *
         * @param length the limit, at least 1
         * @return this builder
         */
        public Builder maxPropertyNameLength(int length) {
            this.maxPropertyNameLength = (int) positive(length, "maxPropertyNameLength");
            return this;
        }

        /**
         * The longest number, and the most digits before or after the point of a decimal written
         * out in full (default {@value AgreementJson#DEFAULT_MAX_NUMBER_LENGTH}).
         *
         * @param length the limit, at least 1
         * @return this builder
         */
        public Builder maxNumberLength(int length) {
            this.maxNumberLength = (int) positive(length, "maxNumberLength");
            return this;
        }

        /**
         * The most tokens in one document (default {@value AgreementJson#DEFAULT_MAX_TOKEN_COUNT}).
         *
         * @param count the limit, at least 1
         * @return this builder
         */
        public Builder maxTokenCount(long count) {
            this.maxTokenCount = positive(count, "maxTokenCount");
            return this;
        }

        /**
         * The most problems reported for one document (default {@value AgreementJson#DEFAULT_MAX_PROBLEMS}).
         *
         * @param count the limit, at least 1
         * @return this builder
         */
        public Builder maxProblems(int count) {
            this.maxProblems = (int) positive(count, "maxProblems");
            return this;
        }

        /**
         * Whether unknown properties are accepted and reported as findings (true) or rejected
         * (false, the default). Every other check stays.
         *
         * @param lenient whether unknown properties are accepted
         * @return this builder
         */
        public Builder lenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        /**
         * {@return an immutable, thread-safe reader and writer with this configuration}
         */
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
