package org.interagency.agreements.core.internal.assessment;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a check reads: the agreement, the findings of the same validation run, and the day taken
 * as today.
 *
 * @param agreement the agreement
 * @param report the validator's report on it
 * @param asOf the validator's today
 */
public record AssessmentInput(Agreement agreement, Report report, LocalDate asOf) {

    /** The agency ids of the parties, in document order. */
    public Set<String> parties() {
        Set<String> ids = new LinkedHashSet<>();
        for (Party party : agreement.parties()) {
            ids.add(party.agencyId());
        }
        return ids;
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
            Optional<RuleOutcome> outcome = report.outcomeOf(ruleId);
            Outcome what = outcome.map(RuleOutcome::outcome).orElse(Outcome.NOT_SELECTED);
            switch (what) {
                case PASSED, NOT_APPLICABLE -> { }
                case FOUND -> report.findingsOf(ruleId).stream().filter(f -> !f.isWaived()).forEach(found::add);
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

    /** The active ERROR findings whose rule id is one of {@code ruleIds}. */
    public List<Finding> errorsOf(Collection<String> ruleIds) {
        List<Finding> errors = new ArrayList<>();
        for (Finding finding : report.errors()) {
            if (!finding.isWaived() && ruleIds.contains(finding.ruleId())) {
                errors.add(finding);
            }
        }
        return errors;
    }
}
