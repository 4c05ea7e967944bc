package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import org.interagency.agreements.constraints.ElementId;
import org.jspecify.annotations.Nullable;
import org.interagency.agreements.internal.AgreementRecord;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One agency's part in a responsibility: its RACI role, and optionally where and when that role
 * applies.
 *
 * <p>Without a jurisdiction, the assignment applies to the whole territory of the agreement;
 * without a period, to the whole term. Two accountable assignments of different agencies whose
 * scopes, jurisdictions and periods all overlap are a conflict the rules report.
 *
 * @param agencyId the id of the party that plays the role
 * @param role the RACI role
 * @param jurisdiction where the role applies; {@code null} for everywhere the agreement applies
 * @param period when the role applies; {@code null} for the whole term
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Assignment(
        @ElementId String agencyId,
        RaciRole role,
        @Nullable Jurisdiction jurisdiction,
        @Valid @Nullable DateRange period) {

    /**
     * Checks that the required parts are present.
     *
     * @param agencyId the id of the party that plays the role
     * @param role the RACI role
     * @param jurisdiction where the role applies; {@code null} for everywhere the agreement applies
     * @param period when the role applies; {@code null} for the whole term
     */
    public Assignment {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(role, "role");
    }

    /**
     * {@return an assignment for the whole territory and term of the agreement}
     *
     * @param agencyId the party that holds the role
     * @param role the RACI role the party holds
     */
    public static Assignment of(String agencyId, RaciRole role) {
        return new Assignment(agencyId, role, null, null);
    }
}
