package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.PositiveOrZero;
import org.interagency.agreements.constraints.PositiveDuration;

import java.time.Period;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How the term of an agreement can be extended. A computer matching agreement, for example, runs
 * for 18 months and may be renewed once for up to 12 more (5 U.S.C. 552a(o)(2)(D)):
 * {@code new Renewal(1, Period.ofMonths(12), false)}.
 *
 * @param maxRenewals how many times the term may be extended; 0 if it may not
 * @param renewalTerm how long each extension lasts at most
 * @param automatic whether the term extends unless a party gives notice, rather than by a
 *     decision of the parties
 */
@API(status = STABLE, since = "0.1")
public record Renewal(@PositiveOrZero int maxRenewals, @PositiveDuration Period renewalTerm, boolean automatic) {

    /**
     * Checks that the required parts are present.
     *
     * @param maxRenewals how many times the term may be extended; 0 if it may not
     * @param renewalTerm how long each extension lasts at most
     * @param automatic whether the term extends unless a party gives notice, rather than by a
     *     decision of the parties
     */
    public Renewal {
        Objects.requireNonNull(renewalTerm, "renewalTerm");
    }
}
