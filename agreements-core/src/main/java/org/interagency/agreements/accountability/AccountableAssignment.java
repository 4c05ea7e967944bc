package org.interagency.agreements.accountability;

import org.apiguardian.api.API;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One ACCOUNTABLE assignment of a portfolio, as the {@link AccountabilityIndex} holds it: the
 * agency, and the agreement and responsibility that make it accountable.
 *
 * @param agreementId the id of the agreement that holds the assignment
 * @param responsibilityId the id of the responsibility
 * @param scope the responsibility's scope; the agency is accountable for it and every scope inside it
 * @param agencyId the accountable agency
 * @param jurisdiction where the assignment applies; {@code null} for everywhere the agreement applies
 * @param days the days the assignment applies: its period within the agreement's term (the term
 *     where it names no period)
 * @param pointer where the assignment is in its document, such as
 *     {@code /responsibilities/2/assignments/0}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AccountableAssignment(
        String agreementId,
        String responsibilityId,
        ScopePath scope,
        String agencyId,
        @Nullable Jurisdiction jurisdiction,
        DateRange days,
        JsonPointer pointer) {

    /**
     * Checks that the required parts are present.
     *
     * @param agreementId the id of the agreement that holds the assignment; not {@code null}
     * @param responsibilityId the id of the responsibility, within that agreement; not {@code null}
     * @param scope the responsibility's scope, for which and for every scope inside which the
     *     agency is accountable; not {@code null}
     * @param agencyId the id of the accountable agency, as the assignment names it; not
     *     {@code null}
     * @param jurisdiction where the assignment applies; {@code null} for everywhere the agreement
     *     applies
     * @param days the days the assignment applies, its period within the agreement's term (the
     *     whole term where it names no period); not {@code null}
     * @param pointer where the assignment is in its document, such as
     *     {@code /responsibilities/2/assignments/0}; not {@code null}
     * @throws NullPointerException if a part other than {@code jurisdiction} is {@code null}
     */
    public AccountableAssignment {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(responsibilityId, "responsibilityId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(pointer, "pointer");
    }
}
