package org.interagency.agreements.core;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What the checks found in a portfolio of agreements: each agreement's own {@link Report}, and
 * the findings between agreements, such as two agencies accountable for the same work, place and
 * time under different agreements.
 *
 * @param reports each agreement's report, by agreement id, in ascending order of id
 * @param findings the findings between agreements, sorted in {@link PortfolioFinding#ORDER}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PortfolioReport(Map<String, Report> reports, List<PortfolioFinding> findings) {

    /**
     * Sorts and copies.
     *
     * @param reports each agreement's report, by agreement id, in ascending order of id
     * @param findings the findings between agreements, sorted in {@link PortfolioFinding#ORDER}
     */
    public PortfolioReport {
        reports = Collections.unmodifiableMap(new TreeMap<>(reports));
        List<PortfolioFinding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        findings = List.copyOf(sorted);
    }

    /**
     * {@return the report of the agreement with {@code agreementId}, or {@code null} if it is not
     * in the portfolio}
     *
     * @param agreementId the id of an agreement
     */
    public @Nullable Report report(String agreementId) {
        return reports.get(agreementId);
    }

    /**
     * {@return whether any agreement's report or any finding between agreements is an {@link
     * Severity#ERROR}}
     */
    public boolean hasErrors() {
        return reports.values().stream().anyMatch(Report::hasErrors)
                || findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * {@return whether nothing was found, in any agreement or between them}
     */
    public boolean isClean() {
        return findings.isEmpty() && reports.values().stream().allMatch(Report::isClean);
    }
}
