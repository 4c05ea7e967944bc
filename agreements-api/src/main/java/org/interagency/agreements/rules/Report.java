package org.interagency.agreements.rules;

import org.apiguardian.api.API;
import org.interagency.agreements.rules.internal.CheckFindings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Everything the checks found in one agreement, and what each rule did with it.
 *
 * <p>The findings are Bean Validation violations and rule findings in one list, sorted in
 * {@link Finding#ORDER} (location, then rule id, then message), so the same agreement always
 * gives the same report. A waived finding stays in the list, marked by its
 * {@linkplain Finding#waiver() waiver}: the counts come in two forms, {@link #counts()} of every
 * finding and {@link #activeCounts()} of those no waiver accepts, and only active findings make
 * {@link #hasErrors()} and {@link #hasFindingsAtLeast(Severity)} true.
 *
 * <p>The outcomes explain the report rule by rule: one {@link RuleOutcome} per rule the validator
 * knows, in rule-id order, {@link Outcome#FOUND} exactly for the rules with findings. A report
 * made by hand from findings alone has no outcomes.
 *
 * @param findings the findings, sorted
 * @param outcomes what each rule did, sorted by rule id; empty if not recorded
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Report(List<Finding> findings, List<RuleOutcome> outcomes) {

    /**
     * Sorts and copies the findings and the outcomes.
     *
     * @param findings the findings, sorted
     * @param outcomes what each rule did, sorted by rule id; empty if not recorded
     * @throws IllegalArgumentException if two outcomes name the same rule
     */
    public Report {
        if (findings instanceof CheckFindings collected) {
            // A validator's: runs of findings in order stay as they are, made when read.
            findings = collected.inReportOrder();
        } else {
            // Two copies of the references, not three (a report may hold millions of findings): the
            // array sorted, and the immutable list List.of makes of it, which rejects nulls.
            Finding[] sorted = findings.toArray(new Finding[0]);
            Arrays.sort(sorted);
            findings = List.of(sorted);
        }
        List<RuleOutcome> byRule = new ArrayList<>(outcomes);
        byRule.sort(Comparator.comparing(RuleOutcome::ruleId));
        for (int i = 1; i < byRule.size(); i++) {
            if (byRule.get(i).ruleId().equals(byRule.get(i - 1).ruleId())) {
                throw new IllegalArgumentException("two outcomes for rule " + Messages.quote(byRule.get(i).ruleId()));
            }
        }
        outcomes = List.copyOf(byRule);
    }

    /**
     * A report of {@code findings} without outcomes.
     *
     * @param findings the findings, in any order
     */
    public Report(List<Finding> findings) {
        this(findings, List.of());
    }

    /**
     * {@return a report with no findings}
     */
    public static Report empty() {
        return new Report(List.of());
    }

    /**
     * {@return whether there are no findings at all}
     */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /**
     * {@return whether any active (not waived) finding is an {@link Severity#ERROR}}
     */
    public boolean hasErrors() {
        return hasFindingsAtLeast(Severity.ERROR);
    }

    /**
     * {@return whether any active (not waived) finding is at least as severe as {@code threshold}}
     *
     * @param threshold the least severity that counts
     */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> !f.isWaived() && f.severity().isAtLeast(threshold));
    }

    /**
     * {@return the findings no waiver accepts, in order}
     */
    public List<Finding> active() {
        return filter(f -> !f.isWaived()).findings();
    }

    /**
     * {@return the findings a waiver accepts, in order}
     */
    public List<Finding> waived() {
        return filter(Finding::isWaived).findings();
    }

    /**
     * {@return the findings of severity {@link Severity#ERROR}}
     */
    public List<Finding> errors() {
        return filter(f -> f.severity() == Severity.ERROR).findings();
    }

    /**
     * {@return the findings of severity {@link Severity#WARNING}}
     */
    public List<Finding> warnings() {
        return filter(f -> f.severity() == Severity.WARNING).findings();
    }

    /**
     * {@return the findings of the rule {@code ruleId}, in order}
     *
     * @param ruleId the id of a rule, for example {@code roles.accountable-overlap}
     */
    public List<Finding> findingsOf(String ruleId) {
        return filter(f -> f.ruleId().equals(ruleId)).findings();
    }

    /**
     * {@return how many findings have {@code severity}, waived or not}
     *
     * @param severity the severity counted
     */
    public int count(Severity severity) {
        int n = 0;
        for (Finding finding : findings) {
            if (finding.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@return the number of findings of each severity, waived or not, every severity present (with
     * 0 where none): the counts before waivers}
     */
    public Map<Severity, Integer> counts() {
        return countsOf(findings);
    }

    /**
     * {@return the number of active (not waived) findings of each severity: the counts after
     * waivers}
     */
    public Map<Severity, Integer> activeCounts() {
        return countsOf(active());
    }

    /**
     * {@return what the rule {@code ruleId} did with the agreement, if the report recorded it}
     *
     * @param ruleId the id of a rule
     */
    public Optional<RuleOutcome> outcomeOf(String ruleId) {
        return outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst();
    }

    /**
     * A report of the findings that match {@code predicate}, in the same order, with the same
     * outcomes (which still count every finding of the whole report).
     *
     * @param predicate which findings to keep
     * @return the filtered report
     */
    public Report filter(Predicate<? super Finding> predicate) {
        return new Report(findings.stream().filter(predicate).toList(), outcomes);
    }

    private static Map<Severity, Integer> countsOf(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
