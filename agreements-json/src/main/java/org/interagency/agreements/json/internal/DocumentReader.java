package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.json.DocumentProblem;
import org.interagency.agreements.json.ProblemKind;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The state of reading one document: the token stream, the JSON Pointer of the current value,
 * and the problems and findings collected so far. Used by one thread, for one document.
 */
@API(status = INTERNAL, since = "0.1")
public final class DocumentReader {

    /** The rule id of the findings a lenient reader reports for unknown properties. */
    public static final String UNKNOWN_PROPERTY_RULE_ID = "document.unknown-property";

    /** Thrown to stop reading once the problem limit is passed; carries no stack trace. */
    static final class TooManyProblems extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyProblems() {
            super(null, null, false, false);
        }
    }

    private final JsonParser parser;
    // The parser as ours, if it is: it tells where a token starts without a location object.
    private final PositionedJsonFactory.@Nullable PositionedParser positioned;
    private final @Nullable YAMLParser yaml;
    private final int maxProblems;
    private final int maxNumberLength;
    private final int maxPropertyNameLength;
    private final boolean lenient;
    private final boolean namesFromBytes;
    /** Where each value starts, recorded as it is entered; null if positions are not recorded. */
    private final @Nullable PositionRecorder positions;
    private final List<DocumentProblem> problems = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    /**
     * The JSON Pointer of the current value, one token per level: a property name, or {@code
     * null} for an array element, whose index is kept in {@link #indices} and written out only
     * when a pointer is asked for (on a problem), not for every element read.
     */
    private @Nullable String[] path = new String[16];
    private int[] indices = new int[16];
    private int depth;
    private @Nullable String declaredVersion;
    /** The minor version of {@link #declaredVersion}, or -1 until it is read. */
    private int declaredMinor = -1;
    /**
     * The properties of a later minor version than 1.0 met before the document's schemaVersion
     * was read, to be checked once it is (see {@link #checkAddedProperties()}); null if none.
     */
    private @Nullable List<AddedProperty> addedBeforeVersion;

    /** A property of a later minor version, where it was met. */
    private record AddedProperty(String name, int sinceMinor, TokenStreamLocation where, JsonPointer pointer) {
    }
    /** Values parsed from strings, per shape: jurisdictions and dates repeat across a document. */
    private final Map<Shape, Map<String, Object>> parsed = new IdentityHashMap<>();

    /**
     * A reader of the tokens of {@code parser}.
     *
     * @param lenient whether unknown properties are reported as findings instead of problems
     */
    public DocumentReader(JsonParser parser, Limits limits, boolean lenient) {
        this(parser, limits, lenient, true, null);
    }

    /** A reader as {@link #DocumentReader(JsonParser, Limits, boolean, boolean, PositionRecorder)}, recording nothing. */
    DocumentReader(JsonParser parser, Limits limits, boolean lenient, boolean namesFromBytes) {
        this(parser, limits, lenient, namesFromBytes, null);
    }

    /**
     * A reader of the tokens of {@code parser} that matches property names from their bytes
     * where it can ({@code namesFromBytes}), or always from their text, as a test's oracle, and
     * records where each value starts in {@code positions}, if given.
     */
    DocumentReader(JsonParser parser, Limits limits, boolean lenient, boolean namesFromBytes,
            @Nullable PositionRecorder positions) {
        this.parser = parser;
        this.positioned = parser instanceof PositionedJsonFactory.PositionedParser p ? p : null;
        this.yaml = parser instanceof YAMLParser y ? y : null;
        this.maxProblems = limits.maxProblems();
        this.maxNumberLength = limits.maxNumberLength();
        this.maxPropertyNameLength = limits.maxPropertyNameLength();
        this.lenient = lenient;
        this.namesFromBytes = namesFromBytes;
        if (positions != null && positions.byOffset() != (positioned != null)) {
            throw new IllegalArgumentException("values are recorded by offset for our JSON parser, and only for it");
        }
        this.positions = positions;
    }

    JsonParser parser() {
        return parser;
    }

    int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Whether property names of at most {@code longest} characters may be matched from their
     * bytes: Jackson then makes no String of a known name, and so does not check its length, so
     * only where the limit admits every known name, and a name beyond it is unknown, parsed as
     * text, and checked.
     */
    boolean matchesNamesFromBytes(int longest) {
        return namesFromBytes && longest <= maxPropertyNameLength;
    }

    boolean isLenient() {
        return lenient;
    }

    boolean isYaml() {
        return yaml != null;
    }

    /** The problems found so far. */
    public List<DocumentProblem> problems() {
        return problems;
    }

    /** The findings of a lenient reader. */
    public List<Finding> findings() {
        return findings;
    }

    /** The schemaVersion the document declared, if it was read. */
    @Nullable String declaredVersion() {
        return declaredVersion;
    }

    /** The minor version the document declared, or -1 if its schemaVersion has not been read. */
    int declaredMinor() {
        return declaredMinor;
    }

    void declaredVersion(String version, int minor) {
        this.declaredVersion = version;
        this.declaredMinor = minor;
    }

    /**
     * Notes that the current property was added in minor version {@code sinceMinor}: a problem if
     * the document declares an earlier version, checked now if the version has been read (writers
     * write it first), or by {@link #checkAddedProperties()} at the end.
     */
    void addedProperty(String name, int sinceMinor) {
        if (declaredMinor >= 0) {
            if (sinceMinor > declaredMinor) {
                addedTooEarly(name, sinceMinor, location(), pointer());
            }
            return;
        }
        if (addedBeforeVersion == null) {
            addedBeforeVersion = new ArrayList<>();
        }
        addedBeforeVersion.add(new AddedProperty(name, sinceMinor, location(), pointer()));
    }

    /** Reports the properties met before the schemaVersion that the version it declares does not have. */
    void checkAddedProperties() {
        if (addedBeforeVersion == null || declaredMinor < 0) {
            return;
        }
        for (AddedProperty added : addedBeforeVersion) {
            if (added.sinceMinor() > declaredMinor) {
                addedTooEarly(added.name(), added.sinceMinor(), added.where(), added.pointer());
            }
        }
    }

    private void addedTooEarly(String name, int sinceMinor, TokenStreamLocation where, JsonPointer pointer) {
        String since = SchemaVersion.SUPPORTED_MAJOR + "." + sinceMinor;
        problem(ProblemKind.UNKNOWN_PROPERTY, "the property " + Messages.quote(name) + " was added in schemaVersion "
                + since + ", and the document declares schemaVersion " + Messages.quote(declaredVersion)
                + ", which does not have it; declare schemaVersion \"" + since + "\" (or later), or remove the property",
                where, pointer);
    }

    /** The values of {@code shape} already parsed in this document, by their text. */
    Map<String, Object> parsed(Shape shape) {
        return parsed.computeIfAbsent(shape, key -> new HashMap<>());
    }

    /** Where the values read so far start, if they are recorded. */
    @Nullable PositionRecorder positions() {
        return positions;
    }

    /** Records where the document starts, at its first token. */
    void enterDocument() {
        if (positions != null) {
            record(0, null);
        }
    }

    /** Enters the value of the property {@code name}, on its name. */
    void push(String name) {
        if (positions != null) {
            record(depth + 1, name);
        }
        grow();
        path[depth++] = name;
    }

    /** Enters the element {@code index} of an array, on its first token. */
    void pushIndex(int index) {
        if (positions != null) {
            record(depth + 1, null);
        }
        grow();
        path[depth] = null;
        indices[depth++] = index;
    }

    /**
     * Records where the value entered at {@code depth} (0 for the document) starts: at the current
     * token, by its byte offset where the parser is ours (Jackson's location object per value was
     * most of what positions cost, see {@link PositionedJsonFactory}), by Jackson's location
     * otherwise (YAML, and the parsers that tests pass in).
     */
    private void record(int depth, @Nullable String name) {
        PositionRecorder recorder = Objects.requireNonNull(positions);
        PositionedJsonFactory.PositionedParser json = positioned;
        if (json != null) {
            recorder.enter(depth, name == null, json.tokenOffset());
        } else {
            TokenStreamLocation at = parser.currentTokenLocation();
            recorder.enter(depth, name, at.getLineNr(), at.getColumnNr());
        }
    }

    private void grow() {
        if (depth == path.length) {
            path = Arrays.copyOf(path, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
    }

    void pop() {
        depth--;
    }

    /** How many properties and elements deep the current value is: 0 for the whole document. */
    int depth() {
        return depth;
    }

    /** The JSON Pointer of the value being read. */
    public JsonPointer pointer() {
        String[] tokens = new String[depth];
        for (int i = 0; i < depth; i++) {
            String name = path[i];
            tokens[i] = name != null ? name : Integer.toString(indices[i]);
        }
        return new JsonPointer(Arrays.asList(tokens));
    }

    /**
     * Whether the current value is null: JSON's {@code null}, or a YAML plain scalar that YAML's
     * core schema reads as null ({@code null}, {@code Null}, {@code NULL}, {@code ~} or nothing at
     * all). A quoted {@code "~"} or {@code "null"} is a string.
     */
    boolean isNull() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return true;
        }
        if (token != JsonToken.VALUE_STRING || !(yaml instanceof StrictYamlFactory.StyledParser styled)
                || !styled.isPlainScalar()) {
            return false;
        }
        String text = parser.getString();
        return text.isEmpty() || "~".equals(text) || "Null".equals(text) || "NULL".equals(text)
                || "null".equals(text);
    }

    /** The location of the current token. */
    TokenStreamLocation location() {
        return parser.currentTokenLocation();
    }

    /** Reports a problem with the current value, at its location. */
    void problem(ProblemKind kind, String message) {
        problem(kind, message, location(), pointer());
    }

    /** Reports a problem at a given place; stops reading once the problem limit is passed. */
    void problem(ProblemKind kind, String message, TokenStreamLocation where, JsonPointer pointer) {
        if (problems.size() == maxProblems) {
            throw new TooManyProblems();
        }
        problems.add(new DocumentProblem(kind, message, Math.max(where.getLineNr(), 0),
                Math.max(where.getColumnNr(), 0), pointer));
    }

    /** Records a finding of a lenient reader. */
    void finding(String message, @Nullable String hint) {
        findings.add(new Finding(UNKNOWN_PROPERTY_RULE_ID, Severity.WARNING, message, pointer(), List.of(), hint));
    }

    /** Skips the current value, with all it contains. */
    void skip() {
        parser.skipChildren();
    }

    /**
     * Checks that the current YAML node uses no anchor, alias or explicit tag; reports and
     * returns false if it does. Always true for JSON.
     */
    boolean plainNode() {
        if (yaml == null) {
            return true;
        }
        if (yaml.isCurrentAlias()) {
            problem(ProblemKind.YAML_FEATURE, "the YAML alias " + Messages.quote("*" + parser.getString())
                    + " is not supported in agreements (no aliases are); write the value out in full");
            return false;
        }
        String anchor = yaml instanceof StrictYamlFactory.StyledParser styled ? styled.anchor() : null;
        if (anchor == null && yaml.getObjectId() != null) {
            anchor = yaml.getObjectId().toString();
        }
        if (anchor != null) {
            problem(ProblemKind.YAML_FEATURE, "the YAML anchor " + Messages.quote("&" + anchor)
                    + " is not supported in agreements (no anchors are); remove it");
            return false;
        }
        Object tag = yaml.getTypeId();
        if (tag != null) {
            problem(ProblemKind.YAML_FEATURE, "explicit YAML tags such as " + Messages.quote(tag.toString())
                    + " are not supported in agreements; remove the tag and write the plain value");
            return false;
        }
        return true;
    }

    /**
     * Skips the current value, with all it contains, as {@link #skip()} does, but reports the
     * first YAML anchor, alias or tag in it: a value the reader does not read (under an unknown or
     * repeated key) must not let one pass unnamed. Aliases are never expanded.
     */
    void skipReportingYamlFeatures() {
        if (yaml == null) {
            skip();
            return;
        }
        boolean reported = false;
        int open = 0;
        while (true) {
            JsonToken token = parser.currentToken();
            if (!reported && token != JsonToken.PROPERTY_NAME && !token.isStructEnd()) {
                reported = !plainNode();
            }
            open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            if (open == 0) {
                return;
            }
            parser.nextToken();
        }
    }

    /** The name of the JSON type of the current token, for messages. */
    String tokenDescription() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "the string " + Messages.quote(parser.getString());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + Messages.quote(parser.getString());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "the boolean " + parser.getString();
            case VALUE_NULL:
                return "null";
            default:
                return "a " + token.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Reports that the current value is of the wrong type, skips it and returns {@link Shape#FAILED}. */
    Object wrongType(Shape expected) {
        problem(ProblemKind.WRONG_TYPE, "expected " + expected.description() + ", found " + tokenDescription());
        skip();
        return Shape.FAILED;
    }
}
