package org.interagency.agreements.core.internal.assessment;

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
     * assessment's cost on the typical agreement, and document order is as deterministic. An
     * {@link Evidence} list is immutable already and kept as it is, its pointers still unmade.
     */
    public Verdict {
        evidence = evidence instanceof Evidence ? evidence : List.copyOf(evidence);
        findings = List.copyOf(findings);
    }

    static Verdict met(List<JsonPointer> evidence, String explanation) {
        return new Verdict(CriterionStatus.MET, evidence, List.of(), explanation);
    }

    static Verdict notMet(List<JsonPointer> evidence, String explanation) {
        return new Verdict(CriterionStatus.NOT_MET, evidence, List.of(), explanation);
    }

    static Verdict met(Evidence.Builder evidence, String explanation) {
        return met(evidence.build(), explanation);
    }

    static Verdict notMet(Evidence.Builder evidence, String explanation) {
        return notMet(evidence.build(), explanation);
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
        List<Finding> findings = List.of();
        StringBuilder explanation = new StringBuilder();
        List<JsonPointer> evidence = List.of();
        int withEvidence = 0;
        int shown = 0;
        for (Verdict part : parts) {
            if (shown(part, status)) {
                if (!part.findings().isEmpty()) {
                    findings = findings.isEmpty() ? new ArrayList<>() : findings;
                    findings.addAll(part.findings());
                }
                explanation.append(shown++ == 0 ? "" : "; ").append(part.explanation());
                if (!part.evidence().isEmpty()) {
                    evidence = part.evidence();
                    withEvidence++;
                }
            }
        }
        // Each pointer once, in the order first shown; a single part of at most one pointer needs
        // no set (and keeps its pointers unmade).
        if (withEvidence > 1 || evidence.size() > 1) {
            Set<JsonPointer> distinct = new LinkedHashSet<>();
            for (Verdict part : parts) {
                if (shown(part, status)) {
                    distinct.addAll(part.evidence());
                }
            }
            evidence = List.copyOf(distinct);
        }
        return new Verdict(status, evidence, findings, explanation.toString());
    }

    /** A met criterion shows what meets it; one that fails shows what fails it. */
    private static boolean shown(Verdict part, CriterionStatus status) {
        return part.status() == status || (status == CriterionStatus.MET && part.status().passes());
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
