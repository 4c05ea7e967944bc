package org.interagency.agreements.cli;

import org.interagency.agreements.cli.internal.ReaderLimits;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.report.ConfigurationFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reader's limits as options, shared by every command that reads agreements. Each overrides
 * the configuration's {@code limits} key, which overrides the library's default.
 */
final class ReaderOptions {

    @Option(names = "--max-document-bytes", paramLabel = "N",
            description = "Read documents of at most N bytes. Default: " + AgreementJson.DEFAULT_MAX_DOCUMENT_BYTES
                    + " (4 MiB); configuration key limits.maxDocumentBytes.")
    @Nullable Long maxDocumentBytes;

    @Option(names = "--max-tokens", paramLabel = "N",
            description = "Read documents of at most N tokens (names, values, brackets). Default: "
                    + AgreementJson.DEFAULT_MAX_TOKEN_COUNT + "; configuration key limits.maxTokenCount.")
    @Nullable Long maxTokens;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "Nest objects and arrays at most N deep. Default: " + AgreementJson.DEFAULT_MAX_DEPTH
                    + "; configuration key limits.maxDepth.")
    @Nullable Long maxDepth;

    @Option(names = "--max-string-length", paramLabel = "N",
            description = "Read strings of at most N characters. Default: " + AgreementJson.DEFAULT_MAX_STRING_LENGTH
                    + "; configuration key limits.maxStringLength.")
    @Nullable Long maxStringLength;

    @Option(names = "--max-property-name-length", paramLabel = "N",
            description = "Read property names of at most N characters. Default: "
                    + AgreementJson.DEFAULT_MAX_PROPERTY_NAME_LENGTH + "; configuration key limits.maxPropertyNameLength.")
    @Nullable Long maxPropertyNameLength;

    @Option(names = "--max-number-length", paramLabel = "N",
            description = "Read numbers of at most N characters. Default: " + AgreementJson.DEFAULT_MAX_NUMBER_LENGTH
                    + "; configuration key limits.maxNumberLength.")
    @Nullable Long maxNumberLength;

    @Option(names = "--max-problems", paramLabel = "N",
            description = "Report at most N problems of one unreadable document. Default: "
                    + AgreementJson.DEFAULT_MAX_PROBLEMS + "; configuration key limits.maxProblems.")
    @Nullable Long maxProblems;

    /** The reader with these limits, each falling back on the configuration's (if {@code config}), then the default's. */
    AgreementJson reader(@Nullable ConfigurationFile config) {
        Map<String, Long> options = new LinkedHashMap<>();
        put(options, "maxDocumentBytes", maxDocumentBytes);
        put(options, "maxTokenCount", maxTokens);
        put(options, "maxDepth", maxDepth);
        put(options, "maxStringLength", maxStringLength);
        put(options, "maxPropertyNameLength", maxPropertyNameLength);
        put(options, "maxNumberLength", maxNumberLength);
        put(options, "maxProblems", maxProblems);
        return ReaderLimits.of(options, config == null ? Map.of() : config.limits()).reader();
    }

    private static void put(Map<String, Long> options, String name, @Nullable Long value) {
        if (value != null) {
            options.put(name, value);
        }
    }
}
