package org.interagency.agreements;

/**
 * Where an agreement stands in its life.
 */
public enum AgreementStatus {
    /** Being written; not yet proposed for signature. */
    DRAFT,

    /** Circulated to the parties for signature. */
    PROPOSED,

    /** Signed and in effect: the parties are bound by it. */
    IN_FORCE,

    /** Past its term and not renewed. */
    EXPIRED,

    /** Ended early by the parties. */
    TERMINATED
}
