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
 * @param funds for a {@link ResourceKind#FUNDING funding} commitment, the funds citation, their
 *     availability and the cost breakdown; {@code null} if not stated, and always for other kinds
 *     (schema 1.1)
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
        @Valid @Nullable DateRange period,
        @Valid @Nullable Funds funds) {

    /**
     * Checks that the required parts are present, and that only funding has funds.
     *
     * @param id the stable id of the commitment
     * @param agencyId the party that commits the resource
     * @param kind what is committed
     * @param description the commitment in words, for example {@code Two swift-water rescue teams}
     * @param amount how much, in {@code unit}; {@code null} if not quantified
     * @param unit the unit of {@code amount}, for example {@code USD} or {@code FTE}; {@code null}
     *     when there is no amount
     * @param period when the resource is available; {@code null} for the whole term
     * @param funds for a {@link ResourceKind#FUNDING funding} commitment, the funds citation, their
     *     availability and the cost breakdown; {@code null} if not stated, and always for other kinds
     *     (schema 1.1)
     * @throws IllegalArgumentException if {@code funds} is given for a commitment that is not funding
     */
    public ResourceCommitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (funds != null && kind != ResourceKind.FUNDING) {
            throw new IllegalArgumentException("funds describe money, and this commitment is not of kind \"funding\"; remove"
                    + " funds or change the kind");
        }
    }

    /**
     * A commitment with the fields of schema version 1.0 only: no funds.
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
    public ResourceCommitment(String id, String agencyId, ResourceKind kind, String description,
            @Nullable BigDecimal amount, @Nullable String unit, @Nullable DateRange period) {
        this(id, agencyId, kind, description, amount, unit, period, null);
    }
}
