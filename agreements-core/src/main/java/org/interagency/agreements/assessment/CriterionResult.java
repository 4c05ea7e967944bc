package org.interagency.agreements.assessment;

import org.apiguardian.api.API;
import org.interagency.agreements.core.internal.assessment.Evidence;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What one criterion found in one agreement.
 *
 * @param criterion the criterion
 * @param status met, not met, unknown or not applicable
 * @param evidence where the agreement documents what the criterion asks (for a met criterion),
 *     or where it falls short (the missing section or element, for one not met); in document order
 * @param findings the active findings of the same validation run that keep the criterion unmet,
 *     rule by rule in the order the criterion names the rules; empty when none does
 * @param explanation why, in one line: what was found, what is missing, or for an unknown
 *     criterion which field or rule would settle it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CriterionResult(Criterion criterion, CriterionStatus status, List<JsonPointer> evidence,
        List<Finding> findings, String explanation) {

    /**
     * Checks the parts and copies the lists.
     *
     * @param criterion the criterion
     * @param status met, not met, unknown or not applicable
     * @param evidence where the agreement documents what the criterion asks (for a met criterion),
     *     or where it falls short (the missing section or element, for one not met); in document order
     * @param findings the active findings of the same validation run that keep the criterion unmet,
     *     rule by rule in the order the criterion names the rules; empty when none does
     * @param explanation why, in one line: what was found, what is missing, or for an unknown
     *     criterion which field or rule would settle it
     */
    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        // The rubric's own evidence list is immutable, its pointers made when first read; any
        // other list is copied.
        evidence = evidence instanceof Evidence ? evidence : List.copyOf(evidence);
        findings = List.copyOf(findings);
    }
}
