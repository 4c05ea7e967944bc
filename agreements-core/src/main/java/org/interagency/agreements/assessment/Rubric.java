package org.interagency.agreements.assessment;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.internal.assessment.AssessmentInput;
import org.interagency.agreements.core.internal.assessment.BuiltInRubric;
import org.interagency.agreements.core.internal.assessment.RubricEntry;
import org.interagency.agreements.core.internal.assessment.Verdict;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The rubric of the collaboration assessment: its criteria, and the assessment of an agreement
 * against them. Immutable and thread-safe.
 *
 * <p>A principle is at the highest level whose criteria, and those of every level below, are met
 * or not applicable; an unknown criterion keeps its level from being reached. An active (unwaived)
 * ERROR finding of one of the principle's rules caps it at {@link DocumentedLevel#STATED}: an
 * agreement that cannot work as written does not specify the principle. The criteria read only
 * the agreement, the findings of the same validation and the validator's today, so the same
 * agreement gives the same assessment, whatever the order of its lists.
 *
 * <pre>{@code
 * AgreementValidator validator = AgreementValidator.defaults();
 * CollaborationAssessment profile = Rubric.builtIn().assess(agreement, validator);
 * profile.weakest().forEach(p -> log.info("{}: {}", p.principle(), p.nextStep()));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Rubric {

    private static final Rubric BUILT_IN = new Rubric(BuiltInRubric.entries());
    private static final DocumentedLevel[] LEVELS = DocumentedLevel.values();

    private final Map<Principle, List<RubricEntry>> entries = new EnumMap<>(Principle.class);
    private final List<Criterion> criteria;
    // The rule-to-principle map of the validator used last: a validator is immutable and usually
    // one serves a whole run, so the map is built once rather than once per agreement.
    private volatile @Nullable RulePrinciples lastRules;

    // With it, where each rule's outcome stands in the validator's reports (the same rules in the
    // same order in each), taken from the first report assessed: a guess AssessmentInput checks.
    private record RulePrinciples(AgreementValidator validator, Map<String, Principle> principles,
            Map<String, Integer> outcomePositions) {
    }

    private Rubric(List<RubricEntry> entries) {
        for (RubricEntry entry : entries) {
            this.entries.computeIfAbsent(entry.criterion().principle(), k -> new ArrayList<>()).add(entry);
        }
        this.criteria = entries.stream().map(RubricEntry::criterion).toList();
    }

    /**
     * {@return the rubric documented in {@code docs/assessment.md}}
     */
    public static Rubric builtIn() {
        return BUILT_IN;
    }

    /**
     * {@return every criterion, by principle, then level, in the order of the documentation}
     */
    public List<Criterion> criteria() {
        return criteria;
    }

    /**
     * {@return the criterion {@code id}, if the rubric has it}
     *
     * @param id the id of a criterion
     */
    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Validates {@code agreement} with {@code validator} and assesses it against the findings, as
     * of the validator's today.
     *
     * @param agreement the agreement to assess
     * @param validator the validator that checks it
     * @return the agreement's assessment
     */
    public CollaborationAssessment assess(Agreement agreement, AgreementValidator validator) {
        return assess(agreement, validator.validate(agreement), validator);
    }

    /**
     * Assesses {@code agreement} against {@code report}, which {@code validator} gave for it, as of
     * the validator's today. Use this when the report is already at hand: the assessment itself
     * then costs a pass over the agreement.
     *
     * @param agreement the agreement to assess
     * @param report the report {@code validator} gave for it
     * @param validator the validator that made the report
     * @return the agreement's assessment
     */
    public CollaborationAssessment assess(Agreement agreement, Report report, AgreementValidator validator) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(report, "report");
        RulePrinciples rules = rulePrinciples(validator, report);
        AssessmentInput input = new AssessmentInput(agreement, report, validator.today(), rules.outcomePositions());
        Map<String, Principle> rulePrinciples = rules.principles();
        List<PrincipleAssessment> assessed = new ArrayList<>();
        for (Principle principle : CollaborationAssessment.principlesAssessed()) {
            assessed.add(assess(principle, input, rulePrinciples));
        }
        return new CollaborationAssessment(agreement.id(), input.asOf(), assessed);
    }

    /**
     * Assesses every agreement of a portfolio, and each agency across the agreements it is party
     * to.
     *
     * @param agreements the agreements of the portfolio
     * @param validator the validator that checks them
     * @return the assessment of each agreement and of each agency
     * @throws IllegalArgumentException if two agreements have the same id
     */
    public PortfolioAssessment assessPortfolio(Collection<Agreement> agreements, AgreementValidator validator) {
        Map<String, CollaborationAssessment> byId = new LinkedHashMap<>();
        Map<String, List<String>> partyOf = new LinkedHashMap<>();
        for (Agreement agreement : agreements) {
            if (byId.put(agreement.id(), assess(agreement, validator)) != null) {
                throw new IllegalArgumentException("two agreements in the portfolio have the id " + agreement.id());
            }
            agreement.parties().forEach(p -> partyOf.computeIfAbsent(p.agencyId(), k -> new ArrayList<>()).add(agreement.id()));
        }
        return PortfolioAssessment.of(byId, partyOf);
    }

    private RulePrinciples rulePrinciples(AgreementValidator validator, Report report) {
        RulePrinciples last = lastRules;
        if (last != null && last.validator() == validator
                && (!last.outcomePositions().isEmpty() || report.outcomes().isEmpty())) {
            return last;
        }
        Map<String, Principle> map;
        if (last != null && last.validator() == validator) {
            map = last.principles();
        } else {
            map = new HashMap<>();
            for (Rule rule : validator.rules()) {
                map.put(rule.id(), rule.principle());
            }
        }
        RulePrinciples made = new RulePrinciples(validator, map, AssessmentInput.outcomePositions(report));
        lastRules = made;
        return made;
    }

    private PrincipleAssessment assess(Principle principle, AssessmentInput input, Map<String, Principle> rulePrinciples) {
        List<RubricEntry> criteria = entries.getOrDefault(principle, List.of());
        CriterionResult[] decided = new CriterionResult[criteria.size()];
        for (int i = 0; i < decided.length; i++) {
            RubricEntry entry = criteria.get(i);
            Verdict verdict = entry.check().decide(input);
            decided[i] = new CriterionResult(entry.criterion(), verdict.status(), verdict.evidence(),
                    verdict.findings(), verdict.explanation());
        }
        List<CriterionResult> results = List.of(decided);
        Agreement agreement = input.agreement();
        if (!BuiltInRubric.applies(principle, agreement.kind(), agreement.dataSharingProtocols().size())) {
            return new PrincipleAssessment(principle, false, DocumentedLevel.ABSENT, null, results, null);
        }
        DocumentedLevel reached = DocumentedLevel.ABSENT;
        for (DocumentedLevel level : LEVELS) {
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
        StringBuilder step = new StringBuilder("to reach ").append(next.number()).append(" (").append(next.title())
                .append("): ");
        String separator = "";
        if (cap != null) {
            step.append("resolve the ERROR findings of ").append(String.join(", ",
                    new TreeSet<>(errors.stream().map(Finding::ruleId).toList())));
            separator = "; ";
        }
        for (CriterionResult result : results) {
            if (result.criterion().level().compareTo(next) <= 0 && !result.status().passes()) {
                step.append(separator).append(result.criterion().remedy());
                separator = "; ";
            }
        }
        return step.toString();
    }
}
