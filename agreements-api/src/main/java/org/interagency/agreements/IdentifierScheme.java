package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A scheme of identifiers by which systems outside the agreement know a party. Added in schema
 * version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum IdentifierScheme {
    /** The U.S. Treasury Agency Identifier (AID), three digits, as on FS Forms 7600A and 7600B. */
    TREASURY_AID,

    /** The U.S. Treasury Agency Location Code (ALC), eight digits, as on FS Forms 7600A and 7600B. */
    TREASURY_ALC,

    /** A Business Partner Network number, as G-Invoicing uses it. */
    BUSINESS_PARTNER_NETWORK,

    /** The Unique Entity ID of the U.S. System for Award Management (SAM.gov), twelve characters. */
    SAM_UEI
}
