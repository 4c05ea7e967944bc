package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Where the records of a data set come from, which the Privacy Act treats differently: records
 * the recipient creates from a match must be retained and destroyed as the agreement says (5
 * U.S.C. 552a(o)(1)(F)), records the source provides must be used, returned or destroyed as it
 * says (552a(o)(1)(I)). Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DataOrigin {
    /** Provided by the protocol's provider agency; a data set that states no origin is provided, as in schema version 1.0. */
    PROVIDED,

    /** Created by the recipients from what they receive, such as the results of a match. */
    CREATED_BY_RECIPIENT
}
