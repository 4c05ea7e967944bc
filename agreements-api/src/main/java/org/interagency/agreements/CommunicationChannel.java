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
 * A way the parties keep each other informed: a standing meeting, a shared platform, a regular
 * report, a hotline.
 *
 * @param id the stable id of the channel
 * @param kind the form the channel takes
 * @param name the channel's name, for example {@code Monthly flood coordination call}
 * @param ownerAgencyId the party that runs the channel
 * @param participants the ids of the parties the channel reaches, besides its owner
 * @param cadence how often the channel meets or reports; {@code null} for a channel that is
 *     always open, such as a hotline
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record CommunicationChannel(
        @ElementId String id,
        ChannelKind kind,
        @NotBlank @Size(max = 300) String name,
        @ElementId String ownerAgencyId,
        @Size(max = 1000) List<@ElementId String> participants,
        @PositiveDuration @Nullable Period cadence) {

    /**
     * Checks that the required parts are present and copies the list.
     *
     * @param id the stable id of the channel
     * @param kind the form the channel takes
     * @param name the channel's name, for example {@code Monthly flood coordination call}
     * @param ownerAgencyId the party that runs the channel
     * @param participants the ids of the parties the channel reaches, besides its owner
     * @param cadence how often the channel meets or reports; {@code null} for a channel that is
     *     always open, such as a hotline
     */
    public CommunicationChannel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerAgencyId, "ownerAgencyId");
        participants = Lists.copy(participants, "participants");
    }
}
