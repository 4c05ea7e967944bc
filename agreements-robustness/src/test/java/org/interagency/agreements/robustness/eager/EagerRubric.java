package org.interagency.agreements.robustness.eager;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.CriterionResult;
import org.interagency.agreements.assessment.DocumentedLevel;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The assessment loop of {@code Rubric} before lazy evidence, over the copied checks. */
public final class EagerRubric {

    private final Map<Principle, List<RubricEntry>> entries = new EnumMap<>(Principle.class);

    /** The built-in rubric as it was. */
    public EagerRubric() {
        for (RubricEntry entry : BuiltInRubric.entries()) {
            entries.computeIfAbsent(entry.criterion().principle(), k -> new ArrayList<>()).add(entry);
        }
    }

    /**
     * Assesses {@code agreement} against {@code report} as {@code Rubric.assess} did.
     *
     * @param agreement the agreement
     * @param report the report {@code validator} gave for it
     * @param validator the validator
     * @return the assessment, with every evidence pointer made eagerly
     */
    public CollaborationAssessment assess(Agreement agreement, Report report, AgreementValidator validator) {
        AssessmentInput input = new AssessmentInput(agreement, report, validator.today());
        Map<String, Principle> rulePrinciples = new HashMap<>();
        for (Rule rule : validator.rules()) {
            rulePrinciples.put(rule.id(), rule.principle());
        }
        List<PrincipleAssessment> assessed = new ArrayList<>();
        for (Principle principle : CollaborationAssessment.principlesAssessed()) {
            assessed.add(assess(principle, input, rulePrinciples));
        }
        return new CollaborationAssessment(agreement.id(), input.asOf(), assessed);
    }

    private PrincipleAssessment assess(Principle principle, AssessmentInput input, Map<String, Principle> rulePrinciples) {
        List<CriterionResult> results = new ArrayList<>();
        for (RubricEntry entry : entries.getOrDefault(principle, List.of())) {
            Verdict verdict = entry.check().decide(input);
            results.add(new CriterionResult(entry.criterion(), verdict.status(), verdict.evidence(),
                    verdict.findings(), verdict.explanation()));
        }
        Agreement agreement = input.agreement();
        if (!BuiltInRubric.applies(principle, agreement.kind(), agreement.dataSharingProtocols().size())) {
            return new PrincipleAssessment(principle, false, DocumentedLevel.ABSENT, null, results, null);
        }
        DocumentedLevel reached = DocumentedLevel.ABSENT;
        for (DocumentedLevel level : DocumentedLevel.values()) {
            if (level != DocumentedLevel.ABSENT && passesAll(results, level)) {
                reached = level;
            } else if (level != DocumentedLevel.ABSENT) {
                break;
            }
        }
        @Nullable String cap = null;
        List<Finding> errors = input.errorsOf(principle, rulePrinciples);
        if (!errors.isEmpty() && reached.compareTo(DocumentedLevel.STATED) > 0) {
            cap = "capped at 1 (stated) by " + errors.size() + " ERROR finding" + (errors.size() == 1 ? "" : "s") + " of "
                    + String.join(", ", new TreeSet<>(errors.stream().map(Finding::ruleId).toList()));
            reached = DocumentedLevel.STATED;
        }
        return new PrincipleAssessment(principle, true, reached, cap, results, nextStep(reached, cap, results, errors));
    }

    private static boolean passesAll(List<CriterionResult> results, DocumentedLevel level) {
        for (CriterionResult result : results) {
            if (result.criterion().level() == level && !result.status().passes()) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String nextStep(DocumentedLevel reached, @Nullable String cap, List<CriterionResult> results,
            List<Finding> errors) {
        if (reached == DocumentedLevel.SUSTAINED) {
            return null;
        }
        DocumentedLevel next = reached.next();
        List<String> steps = new ArrayList<>();
        if (cap != null) {
            steps.add("resolve the ERROR findings of " + String.join(", ",
                    new TreeSet<>(errors.stream().map(Finding::ruleId).toList())));
        }
        for (CriterionResult result : results) {
            if (result.criterion().level().compareTo(next) <= 0 && !result.status().passes()) {
                steps.add(result.criterion().remedy());
            }
        }
        return "to reach " + next.number() + " (" + next.title() + "): " + String.join("; ", steps);
    }
}
