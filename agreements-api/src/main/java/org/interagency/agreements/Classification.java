package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How sensitive a data set is, in ascending order of sensitivity.
 */
@API(status = STABLE, since = "0.1")
public enum Classification {
    /** May be published. */
    PUBLIC,

    /** For the parties' staff; no special handling. */
    INTERNAL,

    /** Controlled unclassified information: handling rules apply by law, regulation or policy. */
    CONTROLLED,

    /** Classified at the lowest national-security level. */
    CONFIDENTIAL,

    /** Classified secret. */
    SECRET,

    /** Classified top secret. */
    TOP_SECRET;

    /**
     * {@return whether the law or policy requires special handling: {@link #CONTROLLED} and above}
     * The data rules treat sensitive data like personal data: it must be encrypted and its
     * retention bounded.
     */
    public boolean isSensitive() {
        return compareTo(CONTROLLED) >= 0;
    }
}
