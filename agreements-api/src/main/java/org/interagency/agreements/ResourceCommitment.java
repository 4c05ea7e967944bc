package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a party commits to the shared work: money, staff, equipment, facilities or services.
 *
 * @param id the stable id of the commitment
 * @param agencyId the party that commits the resource
 * @param kind what is committed
 * @param description the commitment in words, for example {@code Two swift-water rescue teams}
 * @param amount how much, in {@code unit}; {@code null} if not quantified
 * @param unit the unit of {@code amount}, for example {@code USD} or {@code FTE}; {@code null}
 *     when there is no amount
 * @param period when the resource is available; {@code null} for the whole term
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record ResourceCommitment(
        @ElementId String id,
        @ElementId String agencyId,
        ResourceKind kind,
        @NotBlank @Size(max = 2000) String description,
        @PositiveOrZero @Nullable BigDecimal amount,
        @Nullable @Size(min = 1, max = 20) String unit,
        @Valid @Nullable DateRange period) {

    /** Checks that the required parts are present. */
    public ResourceCommitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
