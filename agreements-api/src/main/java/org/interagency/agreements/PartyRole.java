package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The part an agency plays in an agreement as a whole; a party may have several.
 */
@API(status = STABLE, since = "0.1")
public enum PartyRole {
    /** Leads the collaboration and convenes the other parties. */
    LEAD,

    /** Takes part with no more specific role. */
    PARTICIPANT,

    /** Requests goods, services or assistance (the requesting agency of an acquisition or mutual-aid agreement). */
    REQUESTING,

    /** Provides the goods or services that another party requests (the servicing agency). */
    SERVICING,

    /** Sends personnel or equipment when another party asks for aid. */
    RESPONDING,

    /** Provides data to other parties. */
    PROVIDER,

    /** Receives data from another party. */
    RECIPIENT,

    /** Supports the work without being responsible for an outcome. */
    SUPPORTING
}
