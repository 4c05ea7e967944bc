package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a notice is and to whom it goes. Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum NoticeKind {
    /** A notice published in the Federal Register, such as that of a matching program (5 U.S.C. 552a(e)(12)). */
    FEDERAL_REGISTER,

    /** A copy of the agreement transmitted to the committees of Congress (5 U.S.C. 552a(o)(2)(A)(i)). */
    CONGRESS_TRANSMITTAL,

    /** Advance notice to the Office of Management and Budget and to Congress (5 U.S.C. 552a(r)). */
    OMB_AND_CONGRESS
}
