package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.core.PortfolioReport;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Everything one run of {@code check} found, in the order the files were named: what the report
 * writers print.
 *
 * @param documents each file, in a stable order
 * @param portfolioFindings the findings between agreements ({@code --portfolio}); empty otherwise
 * @param rules the rules that ran, sorted by id, with the severity each was configured with
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckOutcome(List<CheckedDocument> documents, List<PortfolioFinding> portfolioFindings, List<RuleSummary> rules) {

    /**
     * Copies the lists.
     *
     * @param documents each file, in a stable order
     * @param portfolioFindings the findings between agreements ({@code --portfolio}); empty
     *     otherwise
     * @param rules the rules that ran, sorted by id, with the severity each was configured with
     */
    public CheckOutcome {
        documents = List.copyOf(documents);
        portfolioFindings = List.copyOf(portfolioFindings);
        rules = List.copyOf(rules);
    }

    /**
     * {@return an outcome with the between-agreement findings of {@code portfolio}, if there is
     * one}
     *
     * @param documents the documents checked, in their order
     * @param portfolio the report on the documents as a portfolio, or null
     * @param rules the rules that ran
     */
    public static CheckOutcome of(List<CheckedDocument> documents, @Nullable PortfolioReport portfolio, List<RuleSummary> rules) {
        return new CheckOutcome(documents, portfolio == null ? List.of() : portfolio.findings(), rules);
    }

    /**
     * {@return the number of findings of each severity, in every document and between them}
     */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (CheckedDocument document : documents) {
            for (Finding finding : document.report().findings()) {
                counts.merge(finding.severity(), 1, Integer::sum);
            }
        }
        for (PortfolioFinding finding : portfolioFindings) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * {@return the number of active findings (those no waiver accepts) of each severity, in every
     * document and between them: the counts after waivers}
     */
    public Map<Severity, Integer> activeCounts() {
        Map<Severity, Integer> counts = counts();
        for (CheckedDocument document : documents) {
            for (Finding finding : document.report().waived()) {
                counts.merge(finding.severity(), -1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * {@return the number of findings a waiver accepts, in every document}
     */
    public int waivedCount() {
        int waived = 0;
        for (CheckedDocument document : documents) {
            waived += document.report().waived().size();
        }
        return waived;
    }

    /**
     * {@return whether any file could not be read}
     */
    public boolean hasUnreadable() {
        return documents.stream().anyMatch(d -> !d.isReadable());
    }

    /**
     * {@return whether any active (not waived) finding is at least as severe as {@code threshold}}
     *
     * @param threshold the least severity that counts
     */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return documents.stream().anyMatch(d -> d.report().hasFindingsAtLeast(threshold))
                || portfolioFindings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    /**
     * {@return the document that holds the agreement of {@code location}, to print its file and
     * line}
     *
     * @param location a location in an agreement of the portfolio
     */
    public @Nullable CheckedDocument documentOf(AgreementLocation location) {
        return byAgreementId().get(location.agreementId());
    }

    private Map<String, CheckedDocument> byAgreementId() {
        Map<String, CheckedDocument> byId = new HashMap<>();
        for (CheckedDocument document : documents) {
            Agreement agreement = document.agreement();
            if (agreement != null) {
                byId.putIfAbsent(agreement.id(), document);
            }
        }
        return byId;
    }
}
