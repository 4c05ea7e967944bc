package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How data moves from its provider to its recipients.
 */
@API(status = STABLE, since = "0.1")
public enum TransferMethod {
    /** Files over a secure transfer protocol such as SFTP. */
    SECURE_FILE_TRANSFER,

    /** A programmatic interface called by the recipient or the provider. */
    API,

    /** A database both parties reach. */
    SHARED_DATABASE,

    /** A web portal where recipients view or download data. */
    PORTAL,

    /** Electronic mail. */
    EMAIL,

    /** Media carried from one party to another. */
    PHYSICAL_MEDIA
}
