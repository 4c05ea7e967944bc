package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentLimitException;
import org.interagency.agreements.json.DocumentProblem;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.InvalidDocumentException;
import org.interagency.agreements.json.MalformedDocumentException;
import org.interagency.agreements.json.ProblemKind;
import org.interagency.agreements.json.UnsupportedSchemaVersionException;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reads and writes whole documents with one set of limits. Immutable and thread-safe: the
 * factories are shared, and each read or write uses its own parser or generator.
 */
@API(status = INTERNAL, since = "0.1")
public final class Documents {

    private static final Logger LOG = LoggerFactory.getLogger(Documents.class);

    /**
     * What a read returns: the value, the findings of a lenient reader, and where each value
     * starts (null if the reader records no positions).
     */
    @API(status = INTERNAL, since = "0.1")
    public record Read<T>(T value, List<Finding> findings, @Nullable PositionRecorder positions) {
    }

    private final Limits limits;
    private final boolean lenient;
    private final boolean namesFromBytes;
    private final boolean recordPositions;
    private final JsonFactory json;
    private final StreamReadConstraints constraints;
    /**
     * The YAML factory, made on first use: a command that reads only JSON documents does not load
     * the YAML engine at all. Set without a lock: two threads may each make one, equal, and either
     * may win.
     */
    private volatile @Nullable YAMLFactory yaml;

    /** Documents read with {@code limits}; {@code lenient} reports unknown properties as findings. */
    public Documents(Limits limits, boolean lenient) {
        this(limits, lenient, true, true);
    }

    /** Documents whose readers match property names from their bytes where they can, or never (a test's oracle). */
    Documents(Limits limits, boolean lenient, boolean namesFromBytes) {
        this(limits, lenient, namesFromBytes, true);
    }

    /**
     * Documents whose reads record no source positions: for documents whose findings are never
     * shown in the document (signature documents), and for the benchmark that measures what
     * recording them costs.
     */
    public static Documents withoutPositions(Limits limits, boolean lenient) {
        return new Documents(limits, lenient, true, false);
    }

    private Documents(Limits limits, boolean lenient, boolean namesFromBytes, boolean recordPositions) {
        this.limits = limits;
        this.lenient = lenient;
        this.namesFromBytes = namesFromBytes;
        this.recordPositions = recordPositions;
        StreamReadConstraints constraints = constraints(limits);
        this.json = new PositionedJsonFactory(JsonFactory.builder()
                .streamReadConstraints(constraints));
        this.constraints = constraints;
    }

    /** The YAML factory, with the same limits as the JSON one; made on first use. */
    private YAMLFactory yaml() {
        YAMLFactory factory = yaml;
        if (factory == null) {
            factory = yamlFactory(constraints, limits);
            yaml = factory;
        }
        return factory;
    }

    private static YAMLFactory yamlFactory(StreamReadConstraints constraints, Limits limits) {
        LoadSettings yamlSettings = LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(0)
                .setAllowNonScalarKeys(false)
                .build();
        // Duplicate keys are found by the shapes, which report them at their pointer as for JSON;
        // the YAML parser's own check, which loadSettings turns on, would stop reading with a
        // syntax error at the root, so it is turned off after them.
        return new StrictYamlFactory(YAMLFactory.builder()
                .streamReadConstraints(constraints)
                .loadSettings(yamlSettings)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(YAMLWriteFeature.MINIMIZE_QUOTES));
    }

    /** The limits of this reader. */
    public Limits limits() {
        return limits;
    }

    /** Reads an agreement from UTF-8 bytes. */
    public Read<Agreement> readAgreement(byte[] bytes, int length, DocumentSyntax syntax) {
        return read(bytes, length, syntax, Model.instance().agreement(), "an agreement");
    }

    /**
     * Reads a value of {@code shape} from UTF-8 bytes: strict UTF-8, then the tokens, then nothing
     * after the value.
     */
    <T> Read<T> read(byte[] bytes, int length, DocumentSyntax syntax, Shape shape, String what) {
        if (length > limits.maxDocumentBytes()) {
            throw new DocumentLimitException(List.of(new DocumentProblem(ProblemKind.LIMIT, "the document has "
                    + length + " bytes, more than the limit of " + limits.maxDocumentBytes()
                    + " bytes", 0, 0, JsonPointer.root())), false, "maxDocumentBytes");
        }
        StrictUtf8.Violation violation = StrictUtf8.check(bytes, length);
        if (violation != null) {
            throw new MalformedDocumentException(List.of(new DocumentProblem(ProblemKind.ENCODING,
                    violation.message(), violation.line(), violation.column(), JsonPointer.root())), false);
        }
        TokenStreamFactory factory = syntax == DocumentSyntax.JSON ? json : yaml();
        try {
            return read(factory, bytes, length, shape, what, namesFromBytes);
        } catch (DocumentLimitException e) {
            if (!namesFromBytes) {
                throw e;
            }
            // Jackson checks the length of a long name it matches from its bytes before it has
            // moved past the name, and that of a name parsed as text after: read such a document
            // again matching names as text, so that a limit is reported where it always was.
            return read(factory, bytes, length, shape, what, false);
        }
    }

    private <T> Read<T> read(TokenStreamFactory factory, byte[] bytes, int length, Shape shape, String what,
            boolean matchNamesFromBytes) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
            PositionRecorder positions = !recordPositions ? null
                    : parser instanceof PositionedJsonFactory.PositionedParser ? PositionRecorder.byOffset(bytes, length)
                    : PositionRecorder.byLineAndColumn(length);
            return read(parser, new DocumentReader(parser, limits, lenient, matchNamesFromBytes, positions), shape, what);
        } catch (AgreementReadException e) {
            throw e;
        } catch (RuntimeException e) {
            // Creating or closing the parser failed, where no location is known.
            throw unexpected(e, null, JsonPointer.root());
        }
    }

    /** Reads from an open parser (a test passes its own); failures are located before the parser is closed. */
    <T> Read<T> read(JsonParser parser, DocumentReader reader, Shape shape, String what) {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw malformed(ProblemKind.SYNTAX, "the document is empty; expected " + what + " (a JSON object)",
                        parser.currentLocation(), JsonPointer.root());
            }
            reader.enterDocument();
            Object value = RecordShape.readValue(reader, shape);
            reader.checkAddedProperties();
            // Whatever the value held, the reader has read it to its end: what follows comes first,
            // for a document with text after its root is not JSON (or YAML) at all, and its other
            // problems may be no more than the misreading that follows. One token decides it.
            checkNothingAfter(parser, what);
            if (!reader.problems().isEmpty()) {
                throw new InvalidDocumentException(reader.problems(), false);
            }
            @SuppressWarnings("unchecked")
            T result = (T) value;
            return new Read<>(result, List.copyOf(reader.findings()), reader.positions());
        } catch (DocumentReader.TooManyProblems e) {
            throw new InvalidDocumentException(reader.problems(), true);
        } catch (SchemaVersion.Unsupported e) {
            throw new UnsupportedSchemaVersionException(List.of(problem(ProblemKind.UNSUPPORTED_VERSION,
                    e.getMessage(), reader.location(), reader.pointer())), false);
        } catch (StreamConstraintsException e) {
            // Jackson's constraint exceptions carry no location: report where the parser stopped,
            // just after the excess (the token that went too deep, the string that was too long).
            String[] limit = limitOf(e.getOriginalMessage());
            throw new DocumentLimitException(List.of(problem(ProblemKind.LIMIT, limit[1],
                    parser.currentLocation(), reader.pointer())), false, limit[0]);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            if (parser instanceof YAMLParser) {
                int[] at = YamlSyntax.lineAndColumn(e);
                DocumentProblem located = problem(ProblemKind.SYNTAX, YamlSyntax.message(e), location, reader.pointer());
                if (at != null) {
                    located = new DocumentProblem(ProblemKind.SYNTAX, located.message(), at[0], at[1], reader.pointer());
                }
                throw new MalformedDocumentException(List.of(located), false);
            }
            throw malformed(ProblemKind.SYNTAX, syntaxMessage(e.getOriginalMessage()), location, reader.pointer());
        } catch (AgreementReadException e) {
            throw e;
        } catch (RuntimeException e) {
            // Any other exception is a fault of a parser, as the IndexOutOfBoundsException of
            // https://github.com/FasterXML/jackson-dataformats-text/issues/508 was, or of this
            // reader: the facade still throws one typed exception, located where reading stopped.
            throw unexpected(e, parser.currentLocation(), reader.pointer());
        }
    }

    /** Fails with a trailing-content problem, at its place, if anything but the end follows the root value. */
    private static void checkNothingAfter(JsonParser parser, String what) {
        JsonToken after;
        try {
            after = parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw malformed(ProblemKind.TRAILING_CONTENT, "there is more after the end of " + what + ": text that is"
                    + " not part of any value (JSON has no comments); a document holds exactly one value, and nothing"
                    + " after it", location, JsonPointer.root());
        }
        if (after != null) {
            throw malformed(ProblemKind.TRAILING_CONTENT, "there is more after the end of " + what + ": another value"
                    + " (" + tokenWord(after) + "); a document holds exactly one value, and nothing after it",
                    parser.currentTokenLocation(), JsonPointer.root());
        }
    }

    private static String tokenWord(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a " + token.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /**
     * The exception for a read that failed with an exception no parser should throw. Neither
     * that exception nor its type's package is passed on (no dependency's type crosses the API);
     * its simple name is, for a report of the fault.
     */
    private static MalformedDocumentException unexpected(RuntimeException e, @Nullable TokenStreamLocation where,
            JsonPointer pointer) {
        // At debug level only: a hostile document that trips a parser fault must not flood the
        // logs, but whoever reports the fault can turn this on for the stack trace.
        LOG.debug("Reading a document failed unexpectedly at {}", pointer, e);
        return malformed(ProblemKind.SYNTAX, "the document could not be read past here: the parser failed"
                + " unexpectedly (" + e.getClass().getSimpleName() + "), a fault of this library rather than"
                + " necessarily of the document; please report it", where, pointer);
    }

    private static MalformedDocumentException malformed(ProblemKind kind, String message,
            @Nullable TokenStreamLocation where, JsonPointer pointer) {
        return new MalformedDocumentException(List.of(problem(kind, message, where, pointer)), false);
    }

    private static DocumentProblem problem(ProblemKind kind, String message, @Nullable TokenStreamLocation where,
            JsonPointer pointer) {
        int line = where == null ? 0 : Math.max(where.getLineNr(), 0);
        int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
        return new DocumentProblem(kind, message, line, column, pointer);
    }

    /** Jackson's syntax messages name the problem well; its constraint messages name its API, so they are rewritten. */
    private static String syntaxMessage(String jacksonMessage) {
        String message = jacksonMessage == null ? "the document is not well-formed" : jacksonMessage;
        int newline = message.indexOf('\n');
        return "the document is not well-formed: " + (newline < 0 ? message : message.substring(0, newline));
    }

    /**
     * Jackson's message for a limit in the reader's words (what was too large, and the limit), with
     * the name of the builder method that raises it, or {@code null} for a limit no method names.
     * Jackson's messages are told apart by the words that name each limit.
     */
    private @Nullable String[] limitOf(String jacksonMessage) {
        String message = jacksonMessage == null ? "" : jacksonMessage.toLowerCase(Locale.ROOT);
        String[][] limitsByWords = {
            {"nesting depth", "the document nests objects and arrays deeper than " + limits.maxDepth() + " levels",
                "maxDepth"},
            {"string value length", "a string is longer than " + limits.maxStringLength() + " characters",
                "maxStringLength"},
            {"name length", "a property name is longer than " + limits.maxPropertyNameLength() + " characters",
                "maxPropertyNameLength"},
            {"number value length", "a number is longer than " + limits.maxNumberLength() + " characters",
                "maxNumberLength"},
            {"token count", "the document has more than " + limits.maxTokenCount() + " tokens", "maxTokenCount"},
            {"document length", "the document is longer than " + limits.maxDocumentBytes() + " bytes",
                "maxDocumentBytes"},
        };
        for (String[] limit : limitsByWords) {
            if (message.contains(limit[0])) {
                return new String[] {limit[2], limit[1]};
            }
        }
        return new String[] {null, "the document exceeds a limit of the reader"};
    }

    /**
     * Writes an agreement as UTF-8 bytes: compact JSON, pretty JSON, or YAML.
     *
     * @throws IllegalArgumentException if the agreement declares a minor schema version older than
     *     a property it uses: the reader would reject what was written
     */
    public byte[] writeAgreement(Agreement agreement, DocumentSyntax syntax, boolean pretty) {
        RecordShape shape = Model.instance().agreement();
        Matcher version = WRITTEN_VERSION.matcher(agreement.schemaVersion());
        if (version.matches() && Integer.parseInt(version.group(1)) < SchemaVersion.CURRENT_MINOR) {
            String added = shape.propertyAddedAfter(agreement, Integer.parseInt(version.group(1)), "");
            if (added != null) {
                throw new IllegalArgumentException("the agreement declares schemaVersion "
                        + Messages.quote(agreement.schemaVersion()) + " and sets " + added + ", which a later version"
                        + " added; a reader would reject the document: make the agreement's schemaVersion \""
                        + SchemaVersion.CURRENT + "\", or leave the value out");
            }
        }
        return write(agreement, shape, syntax, pretty);
    }

    /** A schemaVersion of the major version this library reads, with its minor version as group 1. */
    private static final Pattern WRITTEN_VERSION = Pattern.compile(SchemaVersion.SUPPORTED_MAJOR + "\\.(0|[1-9][0-9]{0,2})");

    byte[] write(Object value, Shape shape, DocumentSyntax syntax, boolean pretty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        TokenStreamFactory factory = syntax == DocumentSyntax.JSON ? json : yaml();
        ObjectWriteContext context = pretty && syntax == DocumentSyntax.JSON ? PRETTY : ObjectWriteContext.empty();
        try (JsonGenerator generator = factory.createGenerator(context, out)) {
            shape.write(value, generator);
        }
        if (pretty && syntax == DocumentSyntax.JSON) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Two-space indentation, '\n' line ends and {@code "name": value}, whatever the platform. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        private final DefaultPrettyPrinter template = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return template.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    /** A JSON factory that rejects duplicate keys, for documents read without a shape (canonicalization). */
    public static JsonFactory strictJsonFactory(Limits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Jackson's bounds for a parser of documents read with {@code limits}. */
    private static StreamReadConstraints constraints(Limits limits) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxPropertyNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxTokenCount(limits.maxTokenCount())
                .build();
    }
}
