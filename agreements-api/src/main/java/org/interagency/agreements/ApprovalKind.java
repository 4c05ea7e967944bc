package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What an approval is of. Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ApprovalKind {
    /** A Data Integrity Board's approval of a computer matching agreement (5 U.S.C. 552a(u)(3)(A)). */
    DATA_INTEGRITY_BOARD,

    /** The approval of a determination and findings for an interagency acquisition (FAR 17.502-2(c)). */
    DETERMINATION_AND_FINDINGS,

    /** A written waiver of the cost-benefit analysis of a matching program (5 U.S.C. 552a(u)(4)(B)). */
    COST_BENEFIT_WAIVER
}
