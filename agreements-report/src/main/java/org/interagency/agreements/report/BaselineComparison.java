package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Severity;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A check compared with a {@link Baseline}: which of its findings are new and which the baseline
 * already had (SARIF's {@code baselineState} {@code new} and {@code unchanged}), and which of the
 * baseline's it no longer has ({@code absent}: resolved). The findings between agreements
 * ({@code check --portfolio}) are compared as the findings of each document are, by fingerprint,
 * and counted with them. Made by {@link Baseline#compare}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineComparison {

    private final Map<Finding, Boolean> unchanged;
    private final Map<PortfolioFinding, Boolean> portfolioUnchanged;
    private final List<Baseline.Entry> resolved;

    BaselineComparison(Map<Finding, Boolean> unchanged, Map<PortfolioFinding, Boolean> portfolioUnchanged,
            List<Baseline.Entry> resolved) {
        this.unchanged = new IdentityHashMap<>(unchanged);
        this.portfolioUnchanged = new IdentityHashMap<>(portfolioUnchanged);
        this.resolved = List.copyOf(resolved);
    }

    /**
     * Whether the baseline already had {@code finding}, one of the compared check's findings
     * (the same object): {@code false} for a new finding, and for a finding of another check.
     *
     * @param finding a finding of the check compared
     * @return whether it is unchanged since the baseline
     */
    public boolean isUnchanged(Finding finding) {
        return unchanged.getOrDefault(finding, false);
    }

    /**
     * Whether {@code finding} is one of the compared check's findings that the baseline did not have.
     *
     * @param finding a finding of the check compared
     * @return whether it is new since the baseline
     */
    public boolean isNew(Finding finding) {
        return unchanged.containsKey(finding) && !unchanged.get(finding);
    }

    /**
     * Whether the baseline already had {@code finding}, one of the compared check's findings
     * between agreements (the same object): {@code false} for a new finding, and for a finding of
     * another check.
     *
     * @param finding a finding between agreements of the check compared
     * @return whether it is unchanged since the baseline
     */
    public boolean isUnchanged(PortfolioFinding finding) {
        return portfolioUnchanged.getOrDefault(finding, false);
    }

    /**
     * Whether {@code finding} is one of the compared check's findings between agreements that the
     * baseline did not have.
     *
     * @param finding a finding between agreements of the check compared
     * @return whether it is new since the baseline
     */
    public boolean isNew(PortfolioFinding finding) {
        return portfolioUnchanged.containsKey(finding) && !portfolioUnchanged.get(finding);
    }

    /**
     * The number of the check's findings, in documents and between them, that the baseline did not
     * have.
     *
     * @return the count of new findings, zero or more; a finding without a fingerprint counts as new
     */
    public int newCount() {
        return (int) (unchanged.values().stream().filter(known -> !known).count()
                + portfolioUnchanged.values().stream().filter(known -> !known).count());
    }

    /**
     * The number of the check's findings, in documents and between them, that the baseline had too.
     *
     * @return the count of unchanged findings, zero or more
     */
    public int unchangedCount() {
        return unchanged.size() + portfolioUnchanged.size() - newCount();
    }

    /**
     * The baseline's findings that the check no longer has, in the baseline's order.
     *
     * @return the resolved findings, an unmodifiable list, empty when none was resolved
     */
    public List<Baseline.Entry> resolved() {
        return resolved;
    }

    /**
     * Whether a new finding that no waiver accepts is at least as severe as {@code threshold}:
     * what {@code check --baseline} fails on.
     *
     * @param threshold the least severity that counts
     * @return whether such a finding exists
     */
    public boolean hasNewFindingsAtLeast(Severity threshold) {
        return unchanged.entrySet().stream().anyMatch(e -> !e.getValue() && !e.getKey().isWaived()
                && e.getKey().severity().isAtLeast(threshold))
                || portfolioUnchanged.entrySet().stream().anyMatch(e -> !e.getValue()
                        && e.getKey().severity().isAtLeast(threshold));
    }
}
