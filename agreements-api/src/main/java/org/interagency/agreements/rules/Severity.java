package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How much a finding matters, most severe first.
 */
@API(status = STABLE, since = "0.1")
public enum Severity {
    /** The agreement is wrong or cannot work as written; it should not be signed as it is. */
    ERROR,

    /** The agreement will probably cause trouble; a person should look. */
    WARNING,

    /** Worth knowing; nothing needs to change. */
    INFO;

    /**
     * {@return whether this severity is at least as severe as {@code other}
     * ({@code ERROR.isAtLeast(WARNING)})}
     *
     * @param other the severity compared with
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
