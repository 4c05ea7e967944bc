package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * When a servicing agency is paid (31 U.S.C. 1535(b); FAR 17.502-2(d)). Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum PaymentMethod {
    /** Paid in advance, then adjusted to the actual cost. */
    ADVANCE,

    /** Paid on reimbursement of costs incurred. */
    REIMBURSEMENT
}
