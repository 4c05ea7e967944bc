package org.interagency.agreements.assessment;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How well a criterion's source was checked, as marked in the research behind the rubric
 * ({@code docs/assessment.md} lists the source of every criterion).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SourceStatus {

    /** Every citation was read in the cited source itself. */
    VERIFIED,
    /**
     * At least one citation was read in a later product that quotes the cited source (a key
     * question of GAO-12-1022 as its Highlights are quoted), not in the source itself.
     */
    RESTATED,
    /**
     * No verified framework item backs the criterion: it is this library's own reading of the
     * principle, or rests on an item the research could not verify. It carries no citation.
     */
    UNVERIFIED
}
