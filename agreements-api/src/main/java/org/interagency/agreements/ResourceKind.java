package org.interagency.agreements;

/**
 * What a party commits to the shared work.
 */
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
