package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a party commits to the shared work.
 */
@API(status = STABLE, since = "0.1")
public enum ResourceKind {
    /** Money. */
    FUNDING,

    /** People, usually stated in full-time equivalents. */
    STAFF,

    /** Vehicles, tools, systems. */
    EQUIPMENT,

    /** Space and buildings. */
    FACILITIES,

    /** Services performed for the other parties. */
    SERVICES
}
