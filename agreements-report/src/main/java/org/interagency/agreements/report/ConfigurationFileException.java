package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.AgreementsException;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A rule configuration file that cannot be read or is not a configuration. The message is one
 * line for a person, starting with {@code configuration "FILE"} (and the line and column where
 * the file is not well-formed), saying what is wrong and what would be right.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ConfigurationFileException extends AgreementsException {

    private static final long serialVersionUID = 1L;

    /** The file, as it was named. */
    private final String file;

    /**
     * An exception about {@code file}.
     *
     * @param file the configuration file, as it was named
     * @param message the whole message, naming the file
     */
    ConfigurationFileException(String file, String message) {
        super(message);
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * An exception about {@code file} with the lower-level cause.
     *
     * @param file the configuration file, as it was named
     * @param message the whole message, naming the file
     * @param cause the parser's or the file system's exception
     */
    ConfigurationFileException(String file, String message, Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * The configuration file, as it was named.
     *
     * @return the file's path, as given
     */
    public String file() {
        return file;
    }
}
