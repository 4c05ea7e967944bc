package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The event from which a retention period runs. Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum RetentionStart {
    /**
     * From when a recipient obtains a record: its receipt, or for a record the recipient creates,
     * its creation. A retention period that states no start runs from here, as it did in schema
     * version 1.0.
     */
    RECEIPT,

    /** From the last day of the agreement's term, or its earlier termination: "five years after the term". */
    END_OF_AGREEMENT
}
