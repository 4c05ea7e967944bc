package org.interagency.agreements.json;

import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/** The syntax an agreement document is written in. */
@API(status = STABLE, since = "0.1")
public enum DocumentSyntax {
    /** JSON (RFC 8259), files named {@code *.json}. */
    JSON,
    /** YAML 1.2 without anchors, aliases, merge keys or tags, files named {@code *.yaml} or {@code *.yml}. */
    YAML;

    /**
     * {@return the syntax of {@code file} by its extension, in any case: {@code .json} is JSON,
     * {@code .yaml} and {@code .yml} are YAML; any other name is empty}
     *
     * @param file the file
     */
    public static Optional<DocumentSyntax> ofFileName(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
