package org.interagency.agreements.robustness.eager;

import org.interagency.agreements.assessment.CriterionStatus;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one check decided: the status, the pointers that meet (or fail) it, the findings that keep
 * it unmet and a one-line explanation.
 */
public record Verdict(CriterionStatus status, List<JsonPointer> evidence, List<Finding> findings, String explanation) {

    /**
     * Copies the pointers, in the order the check found them (document order: the checks walk the
     * lists by index), and the findings. Not sorted: sorting the pointers was two fifths of the
     * assessment's cost on the typical agreement, and document order is as deterministic.
     */
    public Verdict {
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
    }

    static Verdict met(List<JsonPointer> evidence, String explanation) {
        return new Verdict(CriterionStatus.MET, evidence, List.of(), explanation);
    }

    static Verdict notMet(List<JsonPointer> evidence, String explanation) {
        return new Verdict(CriterionStatus.NOT_MET, evidence, List.of(), explanation);
    }

    static Verdict unknown(String explanation) {
        return new Verdict(CriterionStatus.UNKNOWN, List.of(), List.of(), explanation);
    }

    static Verdict notApplicable(String explanation) {
        return new Verdict(CriterionStatus.NOT_APPLICABLE, List.of(), List.of(), explanation);
    }

    static Verdict of(boolean met, List<JsonPointer> evidence, String ifMet, String ifNot) {
        return met ? met(evidence, ifMet) : notMet(evidence, ifNot);
    }

    /**
     * All of {@code parts} together: not met if any is not met, else unknown if any is unknown,
     * else met (a not-applicable part counts as met; all not applicable is not applicable).
     */
    static Verdict all(Verdict... parts) {
        CriterionStatus status = CriterionStatus.NOT_APPLICABLE;
        for (Verdict part : parts) {
            status = worse(status, part.status());
        }
        Set<JsonPointer> evidence = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        for (Verdict part : parts) {
            // A met criterion shows what meets it; one that fails shows what fails it.
            if (part.status() == status || (status == CriterionStatus.MET && part.status().passes())) {
                evidence.addAll(part.evidence());
                findings.addAll(part.findings());
                explanations.add(part.explanation());
            }
        }
        return new Verdict(status, List.copyOf(evidence), findings, String.join("; ", explanations));
    }

    private static CriterionStatus worse(CriterionStatus a, CriterionStatus b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(CriterionStatus status) {
        return switch (status) {
            case NOT_APPLICABLE -> 0;
            case MET -> 1;
            case UNKNOWN -> 2;
            case NOT_MET -> 3;
        };
    }
}
