package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The part an agency plays in one responsibility, in the RACI convention.
 */
@API(status = STABLE, since = "0.1")
public enum RaciRole {
    /** Does the work. */
    RESPONSIBLE,

    /** Answers for the outcome and has the final say; exactly one agency should be accountable for any piece of work at any place and time. */
    ACCOUNTABLE,

    /** Gives advice before decisions are taken. */
    CONSULTED,

    /** Is kept up to date on progress and decisions. */
    INFORMED
}
