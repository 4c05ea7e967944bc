package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * An executive of a party who champions the agreement: secures resources, removes obstacles,
 * and answers for the party's commitment.
 *
 * @param agencyId the party the sponsor belongs to
 * @param name the sponsor's name
 * @param title the sponsor's position, for example {@code Deputy Commissioner}
 */
@API(status = STABLE, since = "0.1")
public record Sponsor(
        @ElementId String agencyId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String title) {

    /**
     * Checks that the required parts are present.
     *
     * @param agencyId the party the sponsor belongs to
     * @param name the sponsor's name
     * @param title the sponsor's position, for example {@code Deputy Commissioner}
     */
    public Sponsor {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
    }
}
