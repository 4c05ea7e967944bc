package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How a dispute that has climbed every level of an escalation path is finally settled.
 */
@API(status = STABLE, since = "0.1")
public enum FinalResolution {
    /** A neutral mediator helps the parties agree. */
    MEDIATION,

    /** An arbitrator decides, and the parties are bound. */
    ARBITRATION,

    /** The heads of the agencies decide together. */
    JOINT_EXECUTIVE_DECISION,

    /** A party may withdraw from the agreement. */
    TERMINATION
}
