package org.interagency.agreements.assessment;

import org.apiguardian.api.API;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How far one agreement documents one principle.
 *
 * @param principle the principle
 * @param applicable whether the principle concerns the agreement at all: information sharing does
 *     not concern a memorandum that shares no data (see {@code docs/assessment.md}); a principle
 *     that is not applicable has level {@link DocumentedLevel#ABSENT} and is left out of
 *     {@link CollaborationAssessment#weakest()}
 * @param level the highest level whose criteria, and those of every level below it, pass, lowered
 *     by the cap if there is one
 * @param cap why the level is lower than its criteria allow: an ERROR finding of one of the
 *     principle's rules caps it at {@link DocumentedLevel#STATED}; {@code null} when uncapped
 * @param results every criterion of the principle, by level and then id
 * @param nextStep what the agreement would need to reach the next level, in plain text;
 *     {@code null} at {@link DocumentedLevel#SUSTAINED} or when not applicable
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrincipleAssessment(Principle principle, boolean applicable, DocumentedLevel level,
        @Nullable String cap, List<CriterionResult> results, @Nullable String nextStep) {

    /**
     * Checks the parts and copies the results.
     *
     * @param principle the principle
     * @param applicable whether the principle concerns the agreement at all: information sharing
     *     does not concern a memorandum that shares no data (see {@code docs/assessment.md}); a
     *     principle that is not applicable has level {@link DocumentedLevel#ABSENT} and is left out of
     *     {@link CollaborationAssessment#weakest()}
     * @param level the highest level whose criteria, and those of every level below it, pass,
     *     lowered by the cap if there is one
     * @param cap why the level is lower than its criteria allow: an ERROR finding of one of the
     *     principle's rules caps it at {@link DocumentedLevel#STATED}; {@code null} when uncapped
     * @param results every criterion of the principle, by level and then id
     * @param nextStep what the agreement would need to reach the next level, in plain text; {@code
     *     null} at {@link DocumentedLevel#SUSTAINED} or when not applicable
     */
    public PrincipleAssessment {
        Objects.requireNonNull(principle, "principle");
        Objects.requireNonNull(level, "level");
        results = List.copyOf(results);
    }

    /**
     * {@return how many criteria pass (met or not applicable)}
     */
    public int met() {
        return (int) results.stream().filter(r -> r.status().passes()).count();
    }

    /**
     * {@return how many criteria the principle has}
     */
    public int total() {
        return results.size();
    }

    /**
     * {@return the result of the criterion {@code id}, if the principle has it}
     *
     * @param id the id of a criterion
     */
    public @Nullable CriterionResult result(String id) {
        for (CriterionResult result : results) {
            if (result.criterion().id().equals(id)) {
                return result;
            }
        }
        return null;
    }

    /**
     * {@return the evidence of every met criterion: the JSON Pointers of the elements that count,
     * sorted, each once}
     */
    public List<JsonPointer> evidence() {
        TreeSet<JsonPointer> pointers = new TreeSet<>();
        for (CriterionResult result : results) {
            if (result.status() == CriterionStatus.MET) {
                pointers.addAll(result.evidence());
            }
        }
        return List.copyOf(pointers);
    }
}
