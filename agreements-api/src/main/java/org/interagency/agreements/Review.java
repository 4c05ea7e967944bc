package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A joint review of the agreement: what went well, to be celebrated, and what the parties
 * learned, to be acted on.
 *
 * @param id the stable id of the review
 * @param heldOn the day the review took place, or is planned
 * @param participants the ids of the parties that took part
 * @param successes what went well
 * @param lessonsLearned what the parties will do differently
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Review(
        @ElementId String id,
        LocalDate heldOn,
        @Size(max = 1000) List<@ElementId String> participants,
        @Size(max = 200) List<@NotBlank @Size(max = 2000) String> successes,
        @Size(max = 200) List<@NotBlank @Size(max = 2000) String> lessonsLearned) {

    /**
     * Checks that the required parts are present and copies the lists.
     *
     * @param id the stable id of the review
     * @param heldOn the day the review took place, or is planned
     * @param participants the ids of the parties that took part
     * @param successes what went well
     * @param lessonsLearned what the parties will do differently
     */
    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heldOn, "heldOn");
        participants = Lists.copy(participants, "participants");
        successes = Lists.copy(successes, "successes");
        lessonsLearned = Lists.copy(lessonsLearned, "lessonsLearned");
    }
}
