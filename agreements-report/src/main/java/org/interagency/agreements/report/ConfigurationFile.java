package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.core.RuleConfiguration;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.BoundedFiles;
import org.interagency.agreements.json.DocumentLimitException;
import org.interagency.agreements.json.DocumentSourceException;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A rule configuration file, JSON or YAML by its extension, as {@code agreements check --config}
 * and {@code agreements serve --config} read it (one reader for both):
 *
 * <pre>{@code
 * # agreements.yaml
 * disabled: [trust.party-excluded]          # rule ids not to run
 * severities:                               # rule id: error | warning | info
 *   roles.responsible-duplicate: error
 * packs: [roles, us-cma]                    # run only these packs: principles (by id), legal packs
 * maxWaiverLength: P18M                     # the longest a waiver may run (default P1Y)
 * limits:                                   # the reader's limits (LIMIT_NAMES)
 *   maxDocumentBytes: 67108864
 * }</pre>
 *
 * <p>Every key is optional; any other key is an error. The file is read once, within
 * {@link #MAX_BYTES}, through {@link BoundedFiles} (never a pipe, a device or a directory). Rule
 * and pack ids are checked when a validator is built with {@link #rules()}: an unknown id is a
 * {@link org.interagency.agreements.core.RuleConfigurationException}, never silently ignored.
 *
 * @param file the file read
 * @param rules the rules to run and their severities: keys {@code disabled}, {@code severities},
 *     {@code packs} and {@code maxWaiverLength}
 * @param limits the reader's limits of key {@code limits}, by their names in {@link #LIMIT_NAMES},
 *     each positive and within its range; empty without the key
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConfigurationFile(Path file, RuleConfiguration rules, Map<String, Long> limits) {

    /** A configuration is a few lines; a larger file is not one. */
    public static final long MAX_BYTES = 1 << 20;

    /** The names a configuration file is found by, in the order they are tried in each directory. */
    public static final List<String> DISCOVERED_NAMES = List.of(".agreements.yaml", ".agreements.yml", ".agreements.json");

    /**
     * The reader's limits by their names under {@code limits}, those of {@link AgreementJson.Builder}'s
     * methods (so that one name means one limit everywhere), in the order a help text lists them.
     */
    public static final List<String> LIMIT_NAMES = List.of("maxDocumentBytes", "maxTokenCount", "maxDepth", "maxStringLength",
            "maxPropertyNameLength", "maxNumberLength", "maxProblems");

    private static final Set<String> KEYS = Set.of("disabled", "severities", "packs", "maxWaiverLength", "limits");

    /** The limits that {@link AgreementJson.Builder} takes as a {@code long}; the others are an {@code int}. */
    private static final Set<String> LONG_LIMITS = Set.of("maxDocumentBytes", "maxTokenCount");

    /**
     * Checks the parts and copies the limits.
     *
     * @param file the file read
     * @param rules the rules to run and their severities
     * @param limits the reader's limits by name
     * @throws IllegalArgumentException if a limit has a name no limit has or is out of its range
     */
    public ConfigurationFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rules, "rules");
        limits = Map.copyOf(limits);
        limits.forEach((name, value) -> {
            if (!LIMIT_NAMES.contains(name) || !inRange(name, value)) {
                throw new IllegalArgumentException("no reader limit " + name + " of " + value);
            }
        });
    }

    /**
     * The configuration that applies in {@code directory} when none is named, as Spectral and
     * ESLint find theirs: the first of {@link #DISCOVERED_NAMES} in {@code directory}, else in its
     * parent, and so on up to the root of the file system.
     *
     * @param directory the working directory
     * @return the nearest configuration file, if there is one
     */
    public static Optional<Path> discover(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : DISCOVERED_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the configuration in {@code file}, once.
     *
     * @param file a {@code *.json}, {@code *.yaml} or {@code *.yml} file
     * @return the configuration it holds
     * @throws ConfigurationFileException if the file cannot be read, has more than
     *     {@link #MAX_BYTES}, is not well-formed (with the line and column), or is not a
     *     configuration (an unknown key, a value of the wrong type, an unknown limit or one out of
     *     range), naming the file and saying what would be right
     */
    public static ConfigurationFile read(Path file) {
        JsonNode root = root(file);
        RuleConfiguration rules = new RuleConfiguration(texts(file, root, "disabled"),
                severities(file, root.path("severities")), texts(file, root, "packs"),
                maxWaiverLength(file, root.path("maxWaiverLength")));
        return new ConfigurationFile(file, rules, limits(file, root.path("limits")));
    }

    /**
     * The reader with these limits, the library's default for each limit not given.
     *
     * @return the bounded reader
     */
    public AgreementJson reader() {
        return reader(limits);
    }

    /**
     * The reader with {@code limits} (by the names of {@link #LIMIT_NAMES}), the library's default
     * for each limit not given.
     *
     * @param limits the limits by name
     * @return the bounded reader
     * @throws IllegalArgumentException if a name is not one of {@link #LIMIT_NAMES}, or a value is
     *     out of its range (see {@link #inRange(String, long)})
     */
    public static AgreementJson reader(Map<String, Long> limits) {
        if (limits.isEmpty()) {
            return AgreementJson.defaults();
        }
        AgreementJson.Builder builder = AgreementJson.builder();
        for (Map.Entry<String, Long> entry : limits.entrySet()) {
            String name = entry.getKey();
            long value = entry.getValue();
            if (!inRange(name, value)) {
                throw new IllegalArgumentException("the reader limit " + name + " is positive and at most " + maximum(name)
                        + ", not " + value);
            }
            switch (name) {
                case "maxDocumentBytes" -> builder.maxDocumentBytes(value);
                case "maxTokenCount" -> builder.maxTokenCount(value);
                case "maxDepth" -> builder.maxDepth((int) value);
                case "maxStringLength" -> builder.maxStringLength((int) value);
                case "maxPropertyNameLength" -> builder.maxPropertyNameLength((int) value);
                case "maxNumberLength" -> builder.maxNumberLength((int) value);
                case "maxProblems" -> builder.maxProblems((int) value);
                default -> throw new IllegalArgumentException("no reader limit " + name);
            }
        }
        return builder.build();
    }

    /**
     * Whether {@code value} is a value the reader's limit {@code name} can take: positive, and
     * at most {@link Integer#MAX_VALUE} for every limit but {@code maxDocumentBytes} and
     * {@code maxTokenCount}.
     *
     * @param name one of {@link #LIMIT_NAMES}
     * @param value the limit asked for
     * @return whether the reader takes it
     */
    public static boolean inRange(String name, long value) {
        return value > 0 && value <= maximum(name);
    }

    private static long maximum(String name) {
        return LONG_LIMITS.contains(name) ? Long.MAX_VALUE : Integer.MAX_VALUE;
    }

    private static JsonNode root(Path file) {
        DocumentSyntax format = DocumentSyntax.ofFileName(file).orElseThrow(() -> problem(file,
                ": cannot tell its format: name it *.json, *.yaml or *.yml"));
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, MAX_BYTES);
        } catch (DocumentSourceException e) {
            throw new ConfigurationFileException(file.toString(), "cannot read the configuration " + Messages.quoteName(file)
                    + ": " + e.reason(), e);
        } catch (DocumentLimitException e) {
            throw new ConfigurationFileException(file.toString(), "configuration " + Messages.quoteName(file)
                    + " has more than the limit of " + MAX_BYTES + " bytes: it is not a configuration file", e);
        }
        ObjectMapper mapper = format == DocumentSyntax.YAML
                ? YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                : JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new ConfigurationFileException(file.toString(), "configuration " + Messages.quoteName(file)
                    + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + " is not well-formed " + format.name() + ": " + oneLine(e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw problem(file, " must be an object with the keys disabled, severities, packs, maxWaiverLength and limits");
        }
        for (String name : root.propertyNames()) {
            if (!KEYS.contains(name)) {
                throw problem(file, ": unknown key " + Messages.quote(name)
                        + ": the keys are disabled, severities, packs, maxWaiverLength and limits");
            }
        }
        return root;
    }

    /**
     * The texts listed under {@code key} of {@code root}: the disabled rule ids, or the pack ids
     * (checked against the known packs when the validator is built).
     */
    private static Set<String> texts(Path file, JsonNode root, String key) {
        Set<String> texts = new HashSet<>();
        for (JsonNode item : list(file, root.path(key), key)) {
            texts.add(text(file, item, key));
        }
        return texts;
    }

    private static Map<String, Severity> severities(Path file, JsonNode node) {
        Map<String, Severity> severities = new HashMap<>();
        if (node.isMissingNode()) {
            return severities;
        }
        if (!node.isObject()) {
            throw problem(file, ": severities must map rule ids to error, warning or info");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String value = text(file, entry.getValue(), "severities");
            Severity severity = Arrays.stream(Severity.values())
                    .filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> problem(file, ": severity " + Messages.quote(value)
                            + " of " + Messages.quote(entry.getKey()) + " is not error, warning or info"));
            severities.put(entry.getKey(), severity);
        }
        return severities;
    }

    private static @Nullable Period maxWaiverLength(Path file, JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        String text = text(file, node, "maxWaiverLength");
        Period length;
        try {
            length = Period.parse(text);
        } catch (DateTimeParseException e) {
            throw new ConfigurationFileException(file.toString(), "configuration " + Messages.quoteName(file)
                    + ": maxWaiverLength " + Messages.quote(text) + " is not an ISO-8601 period such as P1Y or P18M", e);
        }
        if (length.isZero() || length.isNegative()) {
            throw problem(file, ": maxWaiverLength must be positive, not " + text);
        }
        return length;
    }

    private static Map<String, Long> limits(Path file, JsonNode limits) {
        if (limits.isMissingNode()) {
            return Map.of();
        }
        if (!limits.isObject()) {
            throw problem(file, ": limits must map limit names to numbers, for example maxDocumentBytes: 67108864");
        }
        Map<String, Long> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : limits.properties()) {
            String name = entry.getKey();
            if (!LIMIT_NAMES.contains(name)) {
                throw problem(file, ": unknown limit " + Messages.quote(name)
                        + Messages.didYouMean(name, LIMIT_NAMES).map(n -> " (did you mean \"" + n + "\"?)").orElse("")
                        + ": the limits are " + String.join(", ", LIMIT_NAMES));
            }
            JsonNode value = entry.getValue();
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
                throw problem(file, ": limits." + name + " must be a positive whole number, not " + Messages.quote(value.toString()));
            }
            if (!inRange(name, value.asLong())) {
                throw problem(file, ": limits." + name + " must be a positive whole number up to " + maximum(name)
                        + ", not " + value.asLong());
            }
            values.put(name, value.asLong());
        }
        return values;
    }

    /**
     * A parser's message on one line: SnakeYAML adds indented lines that quote the input and
     * point at it with a caret, which the line and column already say.
     */
    private static String oneLine(String message) {
        return message.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
    }

    private static Iterable<JsonNode> list(Path file, JsonNode node, String key) {
        if (node.isMissingNode()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw problem(file, ": " + key + " must be a list");
        }
        return node;
    }

    private static String text(Path file, JsonNode node, String key) {
        if (!node.isString()) {
            throw problem(file, ": every value under " + key + " must be a string, not "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node.asString();
    }

    /** A problem of {@code file}: {@code configuration "FILE"} followed by {@code what}. */
    private static ConfigurationFileException problem(Path file, String what) {
        return new ConfigurationFileException(file.toString(), "configuration " + Messages.quoteName(file) + what);
    }
}
