package org.interagency.agreements.assessment;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** What one criterion found in one agreement. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CriterionStatus {

    /** The agreement documents what the criterion asks. */
    MET,
    /** It does not: the result names the findings or the missing elements. */
    NOT_MET,
    /**
     * The document cannot say: the model has no field for it, or a rule it rests on did not run.
     * An unknown criterion keeps its level from being reached; the result names what would settle
     * it.
     */
    UNKNOWN,
    /** The criterion does not concern this agreement (a review criterion for a draft). It counts as met. */
    NOT_APPLICABLE;

    /**
     * {@return whether the criterion lets its level be reached: {@link #MET} or {@link
     * #NOT_APPLICABLE}}
     */
    public boolean passes() {
        return this == MET || this == NOT_APPLICABLE;
    }
}
