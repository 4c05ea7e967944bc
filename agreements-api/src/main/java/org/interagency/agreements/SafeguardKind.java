package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The kind of a safeguard, as the Privacy Act (5 U.S.C. 552a(o)(1)(G)) and the HIPAA Security Rule
 * (45 CFR 164.308, 164.310, 164.312) group them. Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SafeguardKind {
    /** Policies, procedures, staff training and supervision, access authorisation. */
    ADMINISTRATIVE,

    /** Measures in systems: access control, audit logging, encryption, integrity controls. */
    TECHNICAL,

    /** Measures on premises and media: locked storage, facility access, device and media controls. */
    PHYSICAL
}
