package org.interagency.agreements.cli.internal;

/**
 * A problem the user can fix, reported in one line on stderr with exit code 2: a file that
 * cannot be opened, a bad configuration, an option value that makes no sense. The message says
 * what is wrong, where, and what would be right.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message for a person. */
    public CliException(String message) {
        super(message);
    }

    /** An exception with a message for a person and the cause, shown only under {@code --debug}. */
    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
