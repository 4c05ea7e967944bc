package org.interagency.agreements.robustness.eager;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a check reads: the agreement, the findings of the same validation run, and the day taken
 * as today. The report is indexed once by rule id: every criterion asks it for the findings and
 * the outcome of a few rules, and {@code Report.findingsOf} builds and sorts a new report on
 * each call, which made the assessment cost more than the validation on the typical agreement.
 */
public final class AssessmentInput {

    private final Agreement agreement;
    private final Report report;
    private final LocalDate asOf;
    private final Set<String> parties;
    private final Map<String, List<Finding>> activeByRule = new HashMap<>();
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final List<Finding> activeErrors = new ArrayList<>();

    /**
     * Indexes {@code report}.
     *
     * @param agreement the agreement
     * @param report the validator's report on it
     * @param asOf the validator's today
     */
    public AssessmentInput(Agreement agreement, Report report, LocalDate asOf) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.report = Objects.requireNonNull(report, "report");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        Set<String> ids = new LinkedHashSet<>();
        for (Party party : agreement.parties()) {
            ids.add(party.agencyId());
        }
        this.parties = Collections.unmodifiableSet(ids);
        for (Finding finding : report.findings()) {
            if (!finding.isWaived()) {
                activeByRule.computeIfAbsent(finding.ruleId(), k -> new ArrayList<>()).add(finding);
                if (finding.severity() == Severity.ERROR) {
                    activeErrors.add(finding);
                }
            }
        }
        for (RuleOutcome outcome : report.outcomes()) {
            outcomes.put(outcome.ruleId(), outcome.outcome());
        }
    }

    /** The agreement assessed. */
    public Agreement agreement() {
        return agreement;
    }

    /** The validator's report on it. */
    public Report report() {
        return report;
    }

    /** The day taken as today. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The active (unwaived) findings of {@code ruleId}, in the report's order. */
    public List<Finding> activeFindingsOf(String ruleId) {
        return activeByRule.getOrDefault(ruleId, List.of());
    }

    /** The agency ids of the parties, in document order. */
    public Set<String> parties() {
        return parties;
    }

    /** Whether {@code agencies} include every party. */
    public boolean coversEveryParty(Collection<String> agencies) {
        return agencies.containsAll(parties());
    }

    /** The parties missing from {@code agencies}, quoted for an explanation. */
    public List<String> missingParties(Collection<String> agencies) {
        List<String> missing = new ArrayList<>();
        for (String party : parties()) {
            if (!agencies.contains(party)) {
                missing.add(party);
            }
        }
        return missing;
    }

    /**
     * No active (unwaived) finding of any of {@code ruleIds}. A waived finding was accepted by the
     * parties and stays visible in the report, so it does not keep the criterion unmet. A rule that
     * did not run (disabled, not selected, failed, or undecided) leaves the criterion unknown.
     */
    public Verdict clean(String... ruleIds) {
        List<Finding> found = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        for (String ruleId : ruleIds) {
            Outcome what = outcomes.getOrDefault(ruleId, Outcome.NOT_SELECTED);
            switch (what) {
                case PASSED, NOT_APPLICABLE -> { }
                case FOUND -> found.addAll(activeFindingsOf(ruleId));
                default -> notRun.add(ruleId + " " + what.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        String rules = String.join(", ", ruleIds);
        if (!found.isEmpty()) {
            List<JsonPointer> where = found.stream().map(Finding::location).toList();
            return new Verdict(org.interagency.agreements.assessment.CriterionStatus.NOT_MET, where, found,
                    found.size() + " finding" + (found.size() == 1 ? "" : "s") + " of " + rules);
        }
        if (!notRun.isEmpty()) {
            return Verdict.unknown("rule did not run: " + String.join(", ", notRun) + "; run it to settle this");
        }
        return Verdict.met(List.of(), "no finding of " + rules);
    }

    /** The active ERROR findings of the rules that serve {@code principle}, by the rules' principles. */
    public List<Finding> errorsOf(Principle principle, Map<String, Principle> rulePrinciples) {
        List<Finding> errors = new ArrayList<>();
        for (Finding finding : activeErrors) {
            if (rulePrinciples.get(finding.ruleId()) == principle) {
                errors.add(finding);
            }
        }
        return errors;
    }
}
