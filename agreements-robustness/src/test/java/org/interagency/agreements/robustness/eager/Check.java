package org.interagency.agreements.robustness.eager;

/** How one criterion is decided. */
@FunctionalInterface
public interface Check {

    /** Decides the criterion for the agreement and findings of {@code input}. */
    Verdict decide(AssessmentInput input);
}
