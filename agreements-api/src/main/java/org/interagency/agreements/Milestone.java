package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.jspecify.annotations.Nullable;
import org.interagency.agreements.internal.AgreementRecord;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A step on the way to a goal, to be marked and celebrated when reached.
 *
 * @param id the stable id of the milestone
 * @param goalId the goal the milestone advances
 * @param title what is reached, for example {@code Evacuation routes published for all zones}
 * @param due the day by which it should be reached
 * @param achievedOn the day it was reached; {@code null} if not yet
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Milestone(
        @ElementId String id,
        @ElementId String goalId,
        @NotBlank @Size(max = 300) String title,
        LocalDate due,
        @Nullable LocalDate achievedOn) {

    /**
     * Checks that the required parts are present.
     *
     * @param id the stable id of the milestone
     * @param goalId the goal the milestone advances
     * @param title what is reached, for example {@code Evacuation routes published for all zones}
     * @param due the day by which it should be reached
     * @param achievedOn the day it was reached; {@code null} if not yet
     */
    public Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
    }
}
