package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.PortfolioContext;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The context one {@link org.interagency.agreements.rules.PortfolioRule} reports to while it
 * checks a portfolio: stamps each finding with the rule's id and configured severity, and keeps
 * only those at an agreement on which the rule's pack runs. Used by one thread, for one check.
 */
@API(status = INTERNAL, since = "0.1")
public final class PortfolioCollector implements PortfolioContext {

    private final String ruleId;
    private final Severity severity;
    private final LocalDate today;
    private final Set<String> portfolioIds;
    private final Set<String> governedIds;
    private final List<PortfolioFinding> findings = new ArrayList<>();

    /**
     * Creates a collector.
     *
     * @param ruleId the id of the rule that reports
     * @param severity the rule's configured severity
     * @param today the day the check treats as today
     * @param portfolioIds the ids of every agreement of the portfolio
     * @param governedIds the ids of the agreements on which the rule's pack runs; findings at
     *     others are dropped
     */
    public PortfolioCollector(String ruleId, Severity severity, LocalDate today, Set<String> portfolioIds,
            Set<String> governedIds) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.today = Objects.requireNonNull(today, "today");
        this.portfolioIds = Set.copyOf(portfolioIds);
        this.governedIds = Set.copyOf(governedIds);
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public void report(String agreementId, JsonPointer location, String message, @Nullable String hint,
            String relatedAgreementId, List<JsonPointer> related) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(related, "related");
        if (!portfolioIds.contains(Objects.requireNonNull(agreementId, "agreementId"))) {
            // Kept short: the validator quotes it, cut to Messages.MAX_QUOTED_LENGTH, in the rule's failure.
            throw new IllegalArgumentException("a finding in " + Messages.quote(agreementId) + ", not in the portfolio");
        }
        Objects.requireNonNull(relatedAgreementId, "relatedAgreementId");
        if (!governedIds.contains(agreementId)) {
            return;
        }
        List<AgreementLocation> places = new ArrayList<>(related.size());
        for (JsonPointer pointer : related) {
            places.add(new AgreementLocation(relatedAgreementId, pointer));
        }
        findings.add(new PortfolioFinding(ruleId, severity, message, new AgreementLocation(agreementId, location),
                places, hint));
    }

    /** {@return what the rule reported at the agreements its pack runs on, in the order reported} */
    public List<PortfolioFinding> findings() {
        return List.copyOf(findings);
    }
}
