package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A kind of measure that builds trust between the staff of the parties.
 */
@API(status = STABLE, since = "0.1")
public enum TrustMeasureKind {
    /** An exercise or drill run together. */
    JOINT_EXERCISE,

    /** Staff placed with another party for a time. */
    STAFF_EXCHANGE,

    /** An informal gathering of staff across agencies. */
    INFORMAL_FORUM,

    /** Public recognition of joint work. */
    RECOGNITION,

    /** Staff of several parties working from one place. */
    CO_LOCATION
}
