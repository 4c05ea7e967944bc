package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The form a communication channel between the parties takes.
 */
@API(status = STABLE, since = "0.1")
public enum ChannelKind {
    /** A recurring meeting. */
    MEETING,

    /** A shared workspace or information system. */
    SHARED_PLATFORM,

    /** A written report from one agency to the others. */
    REPORT,

    /** A line staffed for urgent contact, usually around the clock. */
    HOTLINE,

    /** A liaison officer placed with another agency. */
    LIAISON,

    /** A distribution list for notices. */
    MAILING_LIST
}
