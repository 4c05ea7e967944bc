package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A rule that also checks what lies between the agreements of a portfolio, such as an order and
 * the general terms and conditions it is placed under, which are two documents.
 *
 * <p>It is a {@link Rule} like any other: it has an id, a default severity, a principle and
 * citations, belongs to one pack, and is turned off or given another severity by id. Checked on
 * its own ({@code AgreementValidator.validate}), an agreement gives it only
 * {@link #check(Agreement, RuleContext)}, which usually says that the rule needs the portfolio
 * ({@link RuleContext#unknown(String)}) or has nothing to check. {@code
 * AgreementValidator.validatePortfolio} then calls {@link #checkPortfolio(List, PortfolioContext)}
 * once, on the calling thread, with every agreement of the portfolio, when the rule is enabled and
 * its pack runs on at least one of them: the pack is selected or claimed, and governs the
 * agreement ({@link RulePack#applicability(Agreement)}). The rule may read every agreement (the
 * general terms an order names may be of a kind its pack does not govern), but a finding it reports
 * at an agreement on which its pack does not run is dropped, so that a portfolio finding means
 * what the same rule's finding in one agreement would.
 *
 * <p>The engine stamps each finding with the rule's id and configured severity, gives it its
 * fingerprint and sorts the portfolio's findings; a rule that throws is reported as a failed rule,
 * without the findings it had reported. The findings must not depend on the order of the
 * agreements in the list. Implementations are stateless and thread-safe, as every rule is.
 *
 * <pre>{@code
 * public final class SameLeadRule extends AbstractRule implements PortfolioRule {
 *     ...
 *     @Override
 *     public void checkPortfolio(List<Agreement> portfolio, PortfolioContext context) {
 *         for (Agreement agreement : portfolio) {
 *             ... context.report(agreement.id(), JsonPointer.of("parties", 0), "...", null,
 *                     other.id(), List.of(JsonPointer.of("parties", 1)));
 *         }
 *     }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PortfolioRule extends Rule {

    /**
     * Checks the agreements of a portfolio together and reports each finding between them to
     * {@code context}. The agreements may violate their Bean Validation constraints, as in
     * {@link #check(Agreement, RuleContext)}.
     *
     * @param portfolio the agreements of the portfolio, each with an id of its own, in no order
     *     that means anything
     * @param context where the rule reports its findings
     */
    void checkPortfolio(List<Agreement> portfolio, PortfolioContext context);
}
