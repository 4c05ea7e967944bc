package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.internal.AgreementRecord;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Where the money of a funding commitment comes from and what it pays for: the funds citation,
 * when the appropriation stops being available, and the estimate split into direct cost and
 * overhead (FAR 17.503(b)(3), 17.502-2(d)(4); FS Form 7600A "Estimated Agreement Amount").
 *
 * <p>The total stays {@link ResourceCommitment#amount()}, in its {@link ResourceCommitment#unit()};
 * the direct cost and the overhead are in the same unit, and whether they add up to it is a
 * rule's matter. Added in schema version 1.1.
 *
 * @param citation the funds citation as the order states it: Treasury account symbol, business
 *     event type code, object class
 * @param availableUntil the last day the funds are available for new obligations; {@code null}
 *     if they do not expire (no-year funds) or it is not stated
 * @param directCost the estimated direct cost; {@code null} if not broken down
 * @param overhead the estimated overhead fees and charges; {@code null} if not broken down
 * @param overheadExplanation how the overhead is computed; {@code null} if not explained
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record Funds(
        @NotBlank @Size(max = 300) String citation,
        @Nullable LocalDate availableUntil,
        @PositiveOrZero @Nullable BigDecimal directCost,
        @PositiveOrZero @Nullable BigDecimal overhead,
        @Nullable @Size(min = 1, max = 2000) String overheadExplanation) {

    /**
     * Checks that the citation is present.
     *
     * @param citation the funds citation as the order states it: Treasury account symbol, business
     *     event type code, object class
     * @param availableUntil the last day the funds are available for new obligations; {@code null}
     *     if they do not expire (no-year funds) or it is not stated
     * @param directCost the estimated direct cost; {@code null} if not broken down
     * @param overhead the estimated overhead fees and charges; {@code null} if not broken down
     * @param overheadExplanation how the overhead is computed; {@code null} if not explained
     */
    public Funds {
        Objects.requireNonNull(citation, "citation");
    }
}
