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
 * A change to the agreement that the parties approved after it was signed. The document holds
 * the agreement as amended; amendments record the history.
 *
 * @param id the stable id of the amendment, for example {@code amendment-1}
 * @param effective the first day the change applies
 * @param summary what changed and why
 * @param approvedBy the ids of the parties that approved the change
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Amendment(
        @ElementId String id,
        LocalDate effective,
        @NotBlank @Size(max = 5000) String summary,
        @Size(max = 1000) List<@ElementId String> approvedBy) {

    /**
     * Checks that the required parts are present and copies the list.
     *
     * @param id the stable id of the amendment, for example {@code amendment-1}
     * @param effective the first day the change applies
     * @param summary what changed and why
     * @param approvedBy the ids of the parties that approved the change
     */
    public Amendment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(summary, "summary");
        approvedBy = Lists.copy(approvedBy, "approvedBy");
    }
}
