package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How a governance body reaches a decision.
 */
@API(status = STABLE, since = "0.1")
public enum DecisionMethod {
    /** No member objects. */
    CONSENSUS,

    /** Every member votes in favour. */
    UNANIMITY,

    /** More than half of the members present vote in favour. */
    MAJORITY,

    /** At least a stated fraction (more than one half) of the members present vote in favour. */
    SUPERMAJORITY
}
