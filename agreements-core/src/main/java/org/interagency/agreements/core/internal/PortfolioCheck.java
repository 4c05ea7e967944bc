package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule that also checks a portfolio as a whole, for what lies between agreements (the same
 * agency accountable for one scope under two of them). The validator runs it, when the rule is
 * enabled, with the rule's configured severity, after checking each agreement on its own.
 */
@API(status = INTERNAL, since = "0.1")
public interface PortfolioCheck extends Rule {

    /**
     * The findings between the agreements of {@code agreements} (each has a distinct id), with
     * {@code severity}; the findings within one agreement are its own report's.
     */
    List<PortfolioFinding> checkPortfolio(List<Agreement> agreements, Severity severity);

    /**
     * As {@link #checkPortfolio(List, Severity)}, on at most {@code threads} threads (the calling
     * thread included), with the same findings, in an order that may differ (a portfolio report
     * sorts them); by default on the calling thread alone.
     */
    default List<PortfolioFinding> checkPortfolio(List<Agreement> agreements, Severity severity, int threads) {
        return checkPortfolio(agreements, severity);
    }
}
