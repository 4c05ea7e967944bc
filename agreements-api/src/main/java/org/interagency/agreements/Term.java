package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import org.interagency.agreements.constraints.ChronologicalTerm;
import org.interagency.agreements.constraints.PositiveDuration;
import org.interagency.agreements.internal.AgreementRecord;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * When an agreement applies and how often the parties review it.
 *
 * <p>The term runs from {@link #effective()} through {@link #expires()}, both days inclusive; an
 * agreement without an expiry date runs until terminated. {@link #reviewCycle()} is how often the
 * parties commit to review the agreement together (for example {@code P1Y}); communication
 * cadences and reviews are checked against it.
 *
 * @param effective the first day the agreement applies
 * @param expires the last day the agreement applies; {@code null} if it runs until terminated
 * @param renewal whether and how the term can be extended; {@code null} if it cannot
 * @param reviewCycle the longest time between two joint reviews of the agreement
 * @param terminationNotice how much written notice a party must give to terminate the agreement,
 *     for example {@code P90D}; {@code null} if the agreement does not say (schema 1.1)
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
@ChronologicalTerm
public record Term(
        LocalDate effective,
        @Nullable LocalDate expires,
        @Valid @Nullable Renewal renewal,
        @PositiveDuration Period reviewCycle,
        @PositiveDuration @Nullable Period terminationNotice) {

    /**
     * Checks that the required parts are present.
     *
     * @param effective the first day the agreement applies
     * @param expires the last day the agreement applies; {@code null} if it runs until terminated
     * @param renewal whether and how the term can be extended; {@code null} if it cannot
     * @param reviewCycle the longest time between two joint reviews of the agreement
     * @param terminationNotice how much written notice a party must give to terminate the
     *     agreement, for example {@code P90D}; {@code null} if the agreement does not say (schema 1.1)
     */
    public Term {
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(reviewCycle, "reviewCycle");
    }

    /**
     * A term with the fields of schema version 1.0 only: no termination notice.
     *
     * @param effective the first day the agreement applies
     * @param expires the last day the agreement applies; {@code null} if it runs until terminated
     * @param renewal whether and how the term can be extended; {@code null} if it cannot
     * @param reviewCycle the longest time between two joint reviews of the agreement
     */
    public Term(LocalDate effective, @Nullable LocalDate expires, @Nullable Renewal renewal, Period reviewCycle) {
        this(effective, expires, renewal, reviewCycle, null);
    }

    /**
     * {@return whether the term does not expire before it takes effect}
     */
    public boolean isChronological() {
        return expires == null || !expires.isBefore(effective);
    }

    /**
     * {@return the days of the term as a range}
     *
     * @throws IllegalStateException if the term expires before it takes effect (see
     *     {@link #isChronological()}; Bean Validation reports this as a violation)
     */
    public DateRange period() {
        if (!isChronological()) {
            throw new IllegalStateException("the term expires (" + expires + ") before it takes effect (" + effective + ")");
        }
        return new DateRange(effective, expires);
    }
}
