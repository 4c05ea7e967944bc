package org.interagency.agreements.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The syntax of a document file, known from its extension. */
public enum DocumentFormat {
    /** {@code .json} */
    JSON,
    /** {@code .yaml} or {@code .yml} */
    YAML;

    /** The format of {@code file} by its extension, or empty if the extension is neither. */
    public static Optional<DocumentFormat> of(Path file) {
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
