package org.interagency.agreements;

/**
 * How a governance body reaches a decision.
 */
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
