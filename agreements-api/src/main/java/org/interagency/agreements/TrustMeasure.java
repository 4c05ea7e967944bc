package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.constraints.PositiveDuration;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;
import org.jspecify.annotations.Nullable;

import java.time.Period;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Something the parties do to build trust between their staff: joint exercises, staff
 * exchanges, informal forums, recognition of joint work.
 *
 * @param id the stable id of the measure
 * @param kind the kind of measure
 * @param description what is done
 * @param participants the ids of the parties that take part; a measure needs two to build trust
 *     between agencies
 * @param cadence how often it happens; {@code null} for a one-off
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record TrustMeasure(
        @ElementId String id,
        TrustMeasureKind kind,
        @NotBlank @Size(max = 2000) String description,
        @Size(max = 1000) List<@ElementId String> participants,
        @PositiveDuration @Nullable Period cadence) {

    /**
     * Checks that the required parts are present and copies the list.
     *
     * @param id the stable id of the measure
     * @param kind the kind of measure
     * @param description what is done
     * @param participants the ids of the parties that take part; a measure needs two to build trust
     *     between agencies
     * @param cadence how often it happens; {@code null} for a one-off
     */
    public TrustMeasure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        participants = Lists.copy(participants, "participants");
    }
}
