package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What happens to shared data when it may no longer be kept.
 */
@API(status = STABLE, since = "0.1")
public enum DisposalMethod {
    /** Deleted so that it cannot be recovered. */
    SECURE_DELETION,

    /** Physical media destroyed. */
    DESTRUCTION,

    /** Returned to the providing agency. */
    RETURN_TO_PROVIDER,

    /** Transferred to an archive under records-management law. */
    ARCHIVAL
}
