package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Everything the checks found in one agreement: Bean Validation violations and rule findings in
 * one list, sorted in {@link Finding#ORDER} (location, then rule id, then message), so the same
 * agreement always gives the same report.
 *
 * @param findings the findings, sorted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Report(List<Finding> findings) {

    /** Sorts and copies the findings. */
    public Report {
        List<Finding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        findings = List.copyOf(sorted);
    }

    /** A report with no findings. */
    public static Report empty() {
        return new Report(List.of());
    }

    /** Whether there are no findings at all. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** Whether any finding is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Whether any finding is at least as severe as {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    /** The findings of severity {@link Severity#ERROR}. */
    public List<Finding> errors() {
        return filter(f -> f.severity() == Severity.ERROR).findings();
    }

    /** The findings of severity {@link Severity#WARNING}. */
    public List<Finding> warnings() {
        return filter(f -> f.severity() == Severity.WARNING).findings();
    }

    /** The findings of the rule {@code ruleId}. */
    public List<Finding> findingsOf(String ruleId) {
        return filter(f -> f.ruleId().equals(ruleId)).findings();
    }

    /** How many findings have {@code severity}. */
    public int count(Severity severity) {
        int n = 0;
        for (Finding finding : findings) {
            if (finding.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** The number of findings of each severity, every severity present (with 0 where none). */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, count(severity));
        }
        return Collections.unmodifiableMap(counts);
    }

    /** A report of the findings that match {@code predicate}, in the same order. */
    public Report filter(Predicate<? super Finding> predicate) {
        return new Report(findings.stream().filter(predicate).toList());
    }
}
