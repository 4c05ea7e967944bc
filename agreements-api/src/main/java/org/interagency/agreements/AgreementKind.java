package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The kind of instrument an agreement is. The kind decides which rules of the catalogue apply with what force; for example a computer matching agreement must limit its duration.
 */
@API(status = STABLE, since = "0.1")
public enum AgreementKind {
    /** A memorandum of understanding (MOU): the parties' intentions, roles and commitments, usually without an exchange of funds. */
    MEMORANDUM_OF_UNDERSTANDING,

    /** An interagency agreement (IAA), including acquisition agreements in which a requesting agency obtains goods or services from a servicing agency. */
    INTERAGENCY_AGREEMENT,

    /** A data-sharing agreement: the terms on which one agency provides data to others. */
    DATA_SHARING_AGREEMENT,

    /** A computer matching agreement under the Privacy Act (5 U.S.C. 552a(o)): records compared by computer to establish or verify eligibility for a federal benefit. */
    COMPUTER_MATCHING_AGREEMENT,

    /** A mutual-aid compact: agencies commit to help one another with personnel and equipment on request. */
    MUTUAL_AID,

    /** Any other written agreement between agencies. */
    OTHER
}
