package org.interagency.agreements.core.internal.assessment;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a check reads: the agreement, the findings of the same validation run, and the day taken
 * as today. Every criterion asks the report for the outcome and the findings of a few rules, and
 * {@code Report.findingsOf} builds and sorts a new report on each call, which made the assessment
 * cost more than the validation on the typical agreement. An outcome is looked up where the
 * validator's previous report had it (checked), else by binary search in the report's own list,
 * sorted by rule id; the findings are indexed by rule once, when a check first asks for them: a
 * report without findings, the common case, is not indexed at all (a map of the 127 outcomes
 * built per assessment was a tenth of its cost). One per assessment: not thread-safe.
 */
public final class AssessmentInput {

    // The met verdict of clean() for each list of rule ids the rubric names: the same in every
    // assessment. Bounded, in case a caller names ever new lists.
    private static final int MAX_CLEAN_VERDICTS = 1024;
    private static final ConcurrentHashMap<RuleIds, Verdict> CLEAN_VERDICTS = new ConcurrentHashMap<>();

    /** A list of rule ids as a map key, compared element by element (no iterator, unlike a list). */
    private record RuleIds(String[] ids) {

        @Override
        public boolean equals(Object other) {
            return other instanceof RuleIds that && Arrays.equals(ids, that.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }

        @Override
        public String toString() {
            return Arrays.toString(ids);
        }
    }

    private final Agreement agreement;
    private final Report report;
    private final LocalDate asOf;
    private final Set<String> parties;
    // The same agency ids, in document order, read by index.
    private final List<String> partyList;
    private final Map<String, Integer> outcomePositions;
    private @Nullable Map<String, List<Finding>> activeByRule;
    private @Nullable List<Finding> activeErrors;

    /**
     * Keeps the parts; the report is indexed when first asked.
     *
     * @param agreement the agreement
     * @param report the validator's report on it
     * @param asOf the validator's today
     */
    public AssessmentInput(Agreement agreement, Report report, LocalDate asOf) {
        this(agreement, report, asOf, Map.of());
    }

    /**
     * Keeps the parts, with where each rule's outcome stood in an earlier report of the same
     * validator: its reports list the same rules in the same order, so the position is a guess
     * checked at each look-up (a wrong or missing one costs a binary search, never a wrong outcome).
     *
     * @param agreement the agreement
     * @param report the validator's report on it
     * @param asOf the validator's today
     * @param outcomePositions rule id to index in {@code report.outcomes()}, from {@link #outcomePositions(Report)}
     */
    public AssessmentInput(Agreement agreement, Report report, LocalDate asOf, Map<String, Integer> outcomePositions) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        this.report = Objects.requireNonNull(report, "report");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.outcomePositions = Objects.requireNonNull(outcomePositions, "outcomePositions");
        Set<String> ids = new LinkedHashSet<>();
        for (Party party : agreement.parties()) {
            ids.add(party.agencyId());
        }
        this.parties = Collections.unmodifiableSet(ids);
        this.partyList = List.copyOf(ids);
    }

    /** Rule id to the index of its outcome in {@code report.outcomes()}. */
    public static Map<String, Integer> outcomePositions(Report report) {
        Map<String, Integer> positions = new HashMap<>();
        List<RuleOutcome> outcomes = report.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            positions.put(outcomes.get(i).ruleId(), i);
        }
        return Map.copyOf(positions);
    }

    private void index() {
        Map<String, List<Finding>> byRule = new HashMap<>();
        List<Finding> errors = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (!finding.isWaived()) {
                byRule.computeIfAbsent(finding.ruleId(), k -> new ArrayList<>()).add(finding);
                if (finding.severity() == Severity.ERROR) {
                    errors.add(finding);
                }
            }
        }
        activeByRule = byRule;
        activeErrors = errors;
    }

    /** What {@code ruleId} did, from the report's outcomes (sorted by rule id); not selected if not recorded. */
    private Outcome outcomeOf(String ruleId) {
        List<RuleOutcome> outcomes = report.outcomes();
        Integer guess = outcomePositions.get(ruleId);
        if (guess != null && guess < outcomes.size() && outcomes.get(guess).ruleId().equals(ruleId)) {
            return outcomes.get(guess).outcome();
        }
        int low = 0;
        int high = outcomes.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            RuleOutcome outcome = outcomes.get(middle);
            int c = outcome.ruleId().compareTo(ruleId);
            if (c < 0) {
                low = middle + 1;
            } else if (c > 0) {
                high = middle - 1;
            } else {
                return outcome.outcome();
            }
        }
        return Outcome.NOT_SELECTED;
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
        if (report.findings().isEmpty()) {
            return List.of();
        }
        if (activeByRule == null) {
            index();
        }
        return Objects.requireNonNull(activeByRule).getOrDefault(ruleId, List.of());
    }

    /** The agency ids of the parties, in document order. */
    public Set<String> parties() {
        return parties;
    }

    /** Whether {@code agencies} include every party. */
    public boolean coversEveryParty(Collection<String> agencies) {
        for (int i = 0; i < partyList.size(); i++) {
            if (!agencies.contains(partyList.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The parties missing from {@code agencies}, quoted for an explanation. */
    public List<String> missingParties(Collection<String> agencies) {
        List<String> missing = List.of();
        for (int i = 0; i < partyList.size(); i++) {
            String party = partyList.get(i);
            if (!agencies.contains(party)) {
                missing = missing.isEmpty() ? new ArrayList<>() : missing;
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
        @Nullable List<Finding> found = null;
        @Nullable List<String> notRun = null;
        for (String ruleId : ruleIds) {
            Outcome what = outcomeOf(ruleId);
            switch (what) {
                case PASSED, NOT_APPLICABLE -> { }
                case FOUND -> {
                    found = found == null ? new ArrayList<>() : found;
                    found.addAll(activeFindingsOf(ruleId));
                }
                default -> {
                    notRun = notRun == null ? new ArrayList<>() : notRun;
                    notRun.add(ruleId + " " + what.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        if (found != null && !found.isEmpty()) {
            List<JsonPointer> where = found.stream().map(Finding::location).toList();
            return new Verdict(org.interagency.agreements.assessment.CriterionStatus.NOT_MET, where, found,
                    found.size() + " finding" + (found.size() == 1 ? "" : "s") + " of " + String.join(", ", ruleIds));
        }
        if (notRun != null) {
            return Verdict.unknown("rule did not run: " + String.join(", ", notRun) + "; run it to settle this");
        }
        return metClean(ruleIds);
    }

    private static Verdict metClean(String... ruleIds) {
        Verdict met = CLEAN_VERDICTS.get(new RuleIds(ruleIds));
        if (met == null) {
            met = Verdict.met(List.of(), "no finding of " + String.join(", ", ruleIds));
            if (CLEAN_VERDICTS.size() < MAX_CLEAN_VERDICTS) {
                // A copy: the caller's array could change after the call.
                CLEAN_VERDICTS.putIfAbsent(new RuleIds(ruleIds.clone()), met);
            }
        }
        return met;
    }

    /** The active ERROR findings of the rules that serve {@code principle}, by the rules' principles. */
    public List<Finding> errorsOf(Principle principle, Map<String, Principle> rulePrinciples) {
        if (report.findings().isEmpty()) {
            return List.of();
        }
        if (activeErrors == null) {
            index();
        }
        List<Finding> errors = new ArrayList<>();
        for (Finding finding : Objects.requireNonNull(activeErrors)) {
            if (rulePrinciples.get(finding.ruleId()) == principle) {
                errors.add(finding);
            }
        }
        return errors;
    }
}
