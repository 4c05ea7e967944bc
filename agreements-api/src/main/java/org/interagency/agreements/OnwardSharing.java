package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Whether recipients may pass shared data on to others.
 */
@API(status = STABLE, since = "0.1")
public enum OnwardSharing {
    /** Recipients must not share the data further. */
    PROHIBITED,

    /** Recipients may share the data further only with the provider's written consent. */
    WITH_PROVIDER_CONSENT,

    /** Recipients may share the data further. */
    PERMITTED
}
