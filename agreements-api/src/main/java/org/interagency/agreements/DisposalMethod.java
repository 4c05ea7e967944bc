package org.interagency.agreements;

/**
 * What happens to shared data when it may no longer be kept.
 */
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
