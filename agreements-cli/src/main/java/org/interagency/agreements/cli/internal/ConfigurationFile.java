package org.interagency.agreements.cli.internal;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.core.RuleConfiguration;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.jspecify.annotations.Nullable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule configuration file of {@code check --config}, JSON or YAML by its extension:
 *
 * <pre>{@code
 * # agreements.yaml
 * disabled: [trust.party-excluded]          # rule ids not to run
 * severities:                               # rule id: error | warning | info
 *   roles.responsible-duplicate: error
 * packs: [roles, us-cma]                   # run only these packs: principles (by id), legal packs
 * maxWaiverLength: P18M                    # the longest a waiver may run (default P1Y)
 * limits:                                  # the reader's limits (ReaderLimits.NAMES)
 *   maxDocumentBytes: 67108864
 * }</pre>
 *
 * <p>Every key is optional; any other key is an error. Rule and pack ids are checked when the
 * validator is built: an unknown id is an error, never silently ignored.
 */
public final class ConfigurationFile {

    /** A configuration is a few lines; a larger file is not one. */
    static final long MAX_BYTES = 1 << 20;

    private static final Set<String> KEYS = Set.of("disabled", "severities", "packs", "maxWaiverLength", "limits");

    /** The names a configuration file is found by, in the order they are tried in each directory. */
    public static final List<String> DISCOVERED_NAMES = List.of(".agreements.yaml", ".agreements.yml", ".agreements.json");

    private ConfigurationFile() {
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
     * Reads the configuration in {@code file}.
     *
     * @throws CliException if the file cannot be read or is not a configuration, with the reason
     */
    public static RuleConfiguration read(Path file) {
        JsonNode root = root(file);
        return new RuleConfiguration(disabled(file, root.path("disabled")), severities(file, root.path("severities")),
                packs(file, root.path("packs")), maxWaiverLength(file, root.path("maxWaiverLength")));
    }

    /**
     * The reader limits under the key {@code limits} of the configuration in {@code file}, by the
     * names of {@link ReaderLimits#NAMES} ({@code maxDocumentBytes: 67108864}); empty without the key.
     *
     * @throws CliException if the file cannot be read or is not a configuration, or a limit is not
     *     a positive whole number or has a name no limit has
     */
    public static Map<String, Long> readerLimits(Path file) {
        JsonNode limits = root(file).path("limits");
        if (limits.isMissingNode()) {
            return Map.of();
        }
        if (!limits.isObject()) {
            throw new CliException("configuration " + Messages.quoteName(file) + ": limits must map limit names to"
                    + " numbers, for example maxDocumentBytes: 67108864");
        }
        Map<String, Long> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : limits.properties()) {
            String name = entry.getKey();
            if (!ReaderLimits.NAMES.contains(name)) {
                throw new CliException("configuration " + Messages.quoteName(file) + ": unknown limit " + Messages.quote(name)
                        + Messages.didYouMean(name, ReaderLimits.NAMES).map(n -> " (did you mean \"" + n + "\"?)").orElse("")
                        + ": the limits are " + String.join(", ", ReaderLimits.NAMES));
            }
            JsonNode value = entry.getValue();
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
                throw new CliException("configuration " + Messages.quoteName(file) + ": limits." + name
                        + " must be a positive whole number, not " + Messages.quote(value.toString()));
            }
            values.put(name, value.asLong());
        }
        return values;
    }

    private static JsonNode root(Path file) {
        DocumentSyntax format = DocumentSyntax.ofFileName(file).orElseThrow(() -> new CliException(
                "configuration " + Messages.quoteName(file) + ": cannot tell its format: name it *.json, *.yaml or *.yml"));
        byte[] bytes = InputFiles.read(file, MAX_BYTES, "configuration");
        ObjectMapper mapper = format == DocumentSyntax.YAML
                ? YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                : JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new CliException("configuration " + Messages.quoteName(file) + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + " is not well-formed " + format.name() + ": " + oneLine(e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new CliException("configuration " + Messages.quoteName(file) + " must be an object with the keys "
                    + "disabled, severities, packs, maxWaiverLength and limits");
        }
        for (String name : root.propertyNames()) {
            if (!KEYS.contains(name)) {
                throw new CliException("configuration " + Messages.quoteName(file) + ": unknown key " + Messages.quote(name)
                        + ": the keys are disabled, severities, packs, maxWaiverLength and limits");
            }
        }
        return root;
    }

    private static Set<String> disabled(Path file, JsonNode node) {
        Set<String> ids = new HashSet<>();
        for (JsonNode id : list(file, node, "disabled")) {
            ids.add(text(file, id, "disabled"));
        }
        return ids;
    }

    private static Map<String, Severity> severities(Path file, JsonNode node) {
        Map<String, Severity> severities = new HashMap<>();
        if (node.isMissingNode()) {
            return severities;
        }
        if (!node.isObject()) {
            throw new CliException("configuration " + Messages.quoteName(file) + ": severities must map rule ids to error, warning or info");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String value = text(file, entry.getValue(), "severities");
            Severity severity = Arrays.stream(Severity.values())
                    .filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new CliException("configuration " + Messages.quoteName(file) + ": severity " + Messages.quote(value)
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
            throw new CliException("configuration " + Messages.quoteName(file) + ": maxWaiverLength " + Messages.quote(text)
                    + " is not an ISO-8601 period such as P1Y or P18M", e);
        }
        if (length.isZero() || length.isNegative()) {
            throw new CliException("configuration " + Messages.quoteName(file) + ": maxWaiverLength must be positive, not " + text);
        }
        return length;
    }

    /** The pack ids, checked against the known packs when the validator is built. */
    private static Set<String> packs(Path file, JsonNode node) {
        Set<String> packs = new HashSet<>();
        for (JsonNode pack : list(file, node, "packs")) {
            packs.add(text(file, pack, "packs"));
        }
        return packs;
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
            throw new CliException("configuration " + Messages.quoteName(file) + ": " + key + " must be a list");
        }
        return node;
    }

    private static String text(Path file, JsonNode node, String key) {
        if (!node.isString()) {
            throw new CliException("configuration " + Messages.quoteName(file) + ": every value under " + key + " must be a string, not "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node.asString();
    }
}
