package org.interagency.agreements;

/**
 * Whether recipients may pass shared data on to others.
 */
public enum OnwardSharing {
    /** Recipients must not share the data further. */
    PROHIBITED,

    /** Recipients may share the data further only with the provider's written consent. */
    WITH_PROVIDER_CONSENT,

    /** Recipients may share the data further. */
    PERMITTED
}
