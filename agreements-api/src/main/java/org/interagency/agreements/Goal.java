package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A common goal of the parties, part of their shared vision: what they want to achieve together,
 * how they will know, and who contributes.
 *
 * @param id the stable id that milestones refer to
 * @param statement the goal in a sentence
 * @param measures how progress is measured; a goal without a measure cannot be reviewed
 * @param contributors the ids of the parties that contribute to the goal
 * @param due the day by which the goal should be reached; {@code null} if ongoing
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Goal(
        @ElementId String id,
        @NotBlank @Size(max = 2000) String statement,
        @Size(max = 50) List<@Valid Measure> measures,
        @Size(max = 1000) List<@ElementId String> contributors,
        @Nullable LocalDate due) {

    /**
     * Checks that the required parts are present and copies the lists.
     *
     * @param id the stable id that milestones refer to
     * @param statement the goal in a sentence
     * @param measures how progress is measured; a goal without a measure cannot be reviewed
     * @param contributors the ids of the parties that contribute to the goal
     * @param due the day by which the goal should be reached; {@code null} if ongoing
     */
    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        measures = Lists.copy(measures, "measures");
        contributors = Lists.copy(contributors, "contributors");
    }
}
