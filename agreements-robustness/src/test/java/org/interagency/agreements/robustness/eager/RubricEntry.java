package org.interagency.agreements.robustness.eager;

import org.interagency.agreements.assessment.Criterion;

import java.util.Objects;

/**
 * One criterion of a rubric with the check that decides it.
 *
 * @param criterion what the criterion asks, its level and source
 * @param check how it is decided
 */
public record RubricEntry(Criterion criterion, Check check) {

    /** Checks that both parts are present. */
    public RubricEntry {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(check, "check");
    }
}
