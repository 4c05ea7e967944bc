package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Where an agreement stands in its life.
 */
@API(status = STABLE, since = "0.1")
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
