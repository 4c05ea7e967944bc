package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A role that data-protection law gives a party, which decides whether a regime applies: the
 * HIPAA business associate rules apply between a covered entity and a business associate, GDPR
 * Art. 26 between joint controllers and Art. 28 between a controller and a processor.
 *
 * <p>These roles are about the law; {@link PartyRole} is about the agreement's own work (the
 * source and recipient agencies of a matching program are {@link PartyRole#PROVIDER} and
 * {@link PartyRole#RECIPIENT}). Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum LegalRole {
    /** A HIPAA covered entity: a health plan, a health care clearinghouse or a covered provider (45 CFR 160.103). */
    COVERED_ENTITY,

    /** A HIPAA business associate of a covered entity (45 CFR 160.103). */
    BUSINESS_ASSOCIATE,

    /** A HIPAA subcontractor of a business associate, itself a business associate (45 CFR 160.103). */
    SUBCONTRACTOR,

    /** A controller of personal data: it decides the purposes and means of processing (GDPR Art. 4(7)). */
    CONTROLLER,

    /** A controller that decides the purposes and means together with another (GDPR Art. 26). */
    JOINT_CONTROLLER,

    /** A processor: it processes personal data on behalf of a controller (GDPR Art. 4(8), Art. 28). */
    PROCESSOR,

    /** A processor engaged by another processor (GDPR Art. 28(2), 28(4)). */
    SUBPROCESSOR
}
