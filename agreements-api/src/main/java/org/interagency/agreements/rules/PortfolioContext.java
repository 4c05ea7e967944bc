package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What the engine gives a {@link PortfolioRule} while it checks a portfolio: where to report
 * findings between agreements, and the day the check treats as today.
 *
 * <p>A finding is at a place in one agreement (its {@link org.interagency.agreements.Agreement#id()}
 * and a JSON Pointer into it) and may name places in another agreement as related, the other side
 * of what is wrong. The engine stamps it with the rule's id and configured severity. A context is
 * used by one rule on one thread; it is not safe to keep after {@link
 * PortfolioRule#checkPortfolio(List, PortfolioContext)} returns.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PortfolioContext {

    /**
     * {@return the day the check treats as today, from the clock the validator was built with}
     */
    LocalDate today();

    /**
     * Reports a finding at a place in one agreement, with related places in another.
     *
     * @param agreementId the id of the agreement the finding is in; one of the portfolio's
     * @param location where in that agreement
     * @param message what is wrong, in plain text naming both agreements; quote user values with
     *     {@link Messages#quote(Object)}
     * @param hint how to put it right; {@code null} if the message says it all
     * @param relatedAgreementId the id of the agreement the related places are in
     * @param related places in {@code relatedAgreementId}, such as the other side of a conflict
     * @throws IllegalArgumentException if {@code agreementId} is not the id of an agreement of
     *     the portfolio
     */
    void report(String agreementId, JsonPointer location, String message, @Nullable String hint,
            String relatedAgreementId, List<JsonPointer> related);

    /**
     * Reports a finding at a place in one agreement, with no related places.
     *
     * @param agreementId the id of the agreement the finding is in; one of the portfolio's
     * @param location where in that agreement
     * @param message what is wrong, in plain text; quote user values with {@link Messages#quote(Object)}
     * @param hint how to put it right; {@code null} if the message says it all
     * @throws IllegalArgumentException if {@code agreementId} is not the id of an agreement of
     *     the portfolio
     */
    default void report(String agreementId, JsonPointer location, String message, @Nullable String hint) {
        report(agreementId, location, message, hint, agreementId, List.of());
    }
}
