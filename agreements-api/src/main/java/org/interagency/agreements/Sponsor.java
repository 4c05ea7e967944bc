package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * An executive of a party who champions the agreement: secures resources, removes obstacles,
 * and answers for the party's commitment.
 *
 * <p>Leadership outlasts a person when the agreement says who stands in ({@code alternate}) and
 * for how long a sponsor serves ({@code period}): a party whose sponsors' periods leave part of
 * the term uncovered has no sponsor for that part.
 *
 * @param agencyId the party the sponsor belongs to
 * @param name the sponsor's name
 * @param title the sponsor's position, for example {@code Deputy Commissioner}
 * @param period the days the sponsor serves, both ends inclusive; {@code null} if not stated,
 *     which means the whole term (schema 1.1)
 * @param alternate who stands in when the sponsor cannot, or takes over when the sponsor
 *     leaves, by name or position, for example {@code Assistant Commissioner, Field Operations};
 *     {@code null} if none is named (schema 1.1)
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Sponsor(
        @ElementId String agencyId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String title,
        @Valid @Nullable DateRange period,
        @Nullable @Size(min = 1, max = 200) String alternate) {

    /**
     * Checks that the required parts are present.
     *
     * @param agencyId the party the sponsor belongs to
     * @param name the sponsor's name
     * @param title the sponsor's position, for example {@code Deputy Commissioner}
     * @param period the days the sponsor serves, both ends inclusive; {@code null} if not stated,
     *     which means the whole term (schema 1.1)
     * @param alternate who stands in when the sponsor cannot, or takes over when the sponsor
     *     leaves, by name or position; {@code null} if none is named (schema 1.1)
     */
    public Sponsor {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
    }

    /**
     * A sponsor with the fields of schema version 1.0 only: for the whole term, with no alternate.
     *
     * @param agencyId the party the sponsor belongs to
     * @param name the sponsor's name
     * @param title the sponsor's position, for example {@code Deputy Commissioner}
     */
    public Sponsor(String agencyId, String name, String title) {
        this(agencyId, name, title, null, null);
    }
}
