package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A piece of work the agreement assigns, placed on the tree of scopes
 * ({@code emergency/flood/evacuation}), with the agencies that play a RACI role in it.
 *
 * <p>The order of {@link #assignments()} carries no meaning: the rules report the same findings
 * in whatever order they are listed.
 *
 * @param id the stable id of the responsibility
 * @param scope where the work lies in the tree of scopes
 * @param description what the work is, in a sentence or two
 * @param assignments the agencies' roles in the work
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Responsibility(
        @ElementId String id,
        ScopePath scope,
        @NotBlank @Size(max = 2000) String description,
        @Size(max = 10_000) List<@Valid Assignment> assignments) {

    /**
     * Checks that the required parts are present and copies the list.
     *
     * @param id the stable id of the responsibility
     * @param scope where the work lies in the tree of scopes
     * @param description what the work is, in a sentence or two
     * @param assignments the agencies' roles in the work
     */
    public Responsibility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(description, "description");
        assignments = Lists.copy(assignments, "assignments");
    }
}
