package org.interagency.agreements.cli;

/** The exit codes of every {@code agreements} command, as {@code --help} documents them. */
final class ExitCodes {

    /** Clean: nothing at or above {@code --fail-on}; the signatures verify; the command did its work. */
    static final int OK = 0;

    /** Findings at or above {@code --fail-on} ({@code check}), or a signature that does not verify ({@code verify}). */
    static final int FINDINGS = 1;

    /** Unreadable or invalid input, or a usage error. */
    static final int INVALID_INPUT = 2;

    /** The line of {@code --help} for {@link #OK}. */
    static final String OK_HELP = "0:clean: no finding at or above --fail-on; the signatures verify";

    /** The line of {@code --help} for {@link #FINDINGS}. */
    static final String FINDINGS_HELP = "1:findings at or above --fail-on (check); a signature that does not verify (verify)";

    /** The line of {@code --help} for {@link #INVALID_INPUT}. */
    static final String INVALID_INPUT_HELP = "2:unreadable or invalid input (a file that cannot be opened, is not"
            + " JSON or YAML, or is not an agreement document), or a usage error";

    private ExitCodes() {
    }
}
