package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a party certifies. Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CertificationKind {
    /**
     * That a matching program was conducted in compliance with the agreement, for a renewal (5
     * U.S.C. 552a(o)(2)(D)(ii)).
     */
    RENEWAL_COMPLIANCE,

    /** That funds are available for an order, as a funding official does on FS Form 7600B. */
    FUNDS_AVAILABILITY
}
