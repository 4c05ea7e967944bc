package org.interagency.agreements.cli.internal;

import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.report.ConfigurationFile;
import org.interagency.agreements.rules.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader's limits as the command line sets them: each from its option
 * ({@code --max-document-bytes}), else from the configuration's {@code limits} key
 * ({@code maxDocumentBytes}), else the library's default. The names are those of
 * {@link AgreementJson.Builder}'s methods, so that one name means one limit everywhere.
 */
public final class ReaderLimits {

    /** The limits by their configuration names, in the order the help lists them. */
    public static final List<String> NAMES = ConfigurationFile.LIMIT_NAMES;

    private final Map<String, Long> values;

    private ReaderLimits(Map<String, Long> values) {
        this.values = Map.copyOf(values);
    }

    /** The limits of {@code options} (by configuration name), each falling back on {@code configured}. */
    public static ReaderLimits of(Map<String, Long> options, Map<String, Long> configured) {
        Map<String, Long> values = new LinkedHashMap<>(configured);
        values.putAll(options);
        return new ReaderLimits(values);
    }

    /** The option that sets a limit: {@code maxDocumentBytes} is {@code --max-document-bytes}. */
    public static String option(String name) {
        if (name.equals("maxTokenCount")) {
            return "--max-tokens";
        }
        StringBuilder option = new StringBuilder("-");
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                option.append('-').append(Character.toLowerCase(c));
            } else {
                option.append(c);
            }
        }
        return "-" + option;
    }

    /** How a user of the command raises {@code limit}, for the end of a message. */
    public static String advice(String limit) {
        return "raise the limit with " + option(limit) + " or with limits." + limit + " in the configuration file";
    }

    /**
     * The reader with these limits.
     *
     * @throws CliException if a limit is out of range for the reader
     */
    public AgreementJson reader() {
        for (Map.Entry<String, Long> entry : values.entrySet()) {
            long value = entry.getValue();
            String name = entry.getKey();
            if (!ConfigurationFile.inRange(name, value)) {
                throw new CliException(option(name) + " (limits." + name + "): " + Messages.quote(value)
                        + " is out of range: give a positive whole number"
                        + (name.equals("maxDocumentBytes") || name.equals("maxTokenCount") ? "" : " up to " + Integer.MAX_VALUE));
            }
        }
        return ConfigurationFile.reader(values);
    }
}
