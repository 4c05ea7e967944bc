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
 * Training one party gives the staff of others, so that they work the same way: on shared
 * procedures, systems and data-sharing protocols.
 *
 * @param id the stable id of the programme
 * @param title the programme's title
 * @param providerAgencyId the party that gives the training
 * @param audience the ids of the parties whose staff are trained
 * @param cadence how often the programme runs; {@code null} for a one-off
 * @param topics what is taught
 * @param protocols the ids of the data-sharing protocols the training covers
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record TrainingProgramme(
        @ElementId String id,
        @NotBlank @Size(max = 300) String title,
        @ElementId String providerAgencyId,
        @Size(max = 1000) List<@ElementId String> audience,
        @PositiveDuration @Nullable Period cadence,
        @Size(max = 200) List<@NotBlank @Size(max = 300) String> topics,
        @Size(max = 1000) List<@ElementId String> protocols) {

    /**
     * Checks that the required parts are present and copies the lists.
     *
     * @param id the stable id of the programme
     * @param title the programme's title
     * @param providerAgencyId the party that gives the training
     * @param audience the ids of the parties whose staff are trained
     * @param cadence how often the programme runs; {@code null} for a one-off
     * @param topics what is taught
     * @param protocols the ids of the data-sharing protocols the training covers
     */
    public TrainingProgramme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(providerAgencyId, "providerAgencyId");
        audience = Lists.copy(audience, "audience");
        topics = Lists.copy(topics, "topics");
        protocols = Lists.copy(protocols, "protocols");
    }
}
