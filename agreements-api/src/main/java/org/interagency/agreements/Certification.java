package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A dated written certification by one party, such as that a matching program was conducted in
 * compliance with the agreement, which each party gives a Data Integrity Board before a renewal.
 * Added in schema version 1.1.
 *
 * @param id the stable id of the certification
 * @param kind what is certified
 * @param agencyId the party that certifies
 * @param certifiedTo the body or official certified to, for example {@code SSA Data Integrity Board}
 * @param certifiedOn the day of the certification
 * @param statement what the party certifies, in its words
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record Certification(
        @ElementId String id,
        CertificationKind kind,
        @ElementId String agencyId,
        @NotBlank @Size(max = 300) String certifiedTo,
        LocalDate certifiedOn,
        @NotBlank @Size(max = 10_000) String statement) {

    /**
     * Checks that the required parts are present.
     *
     * @param id the stable id of the certification
     * @param kind what is certified
     * @param agencyId the party that certifies
     * @param certifiedTo the body or official certified to, for example {@code SSA Data Integrity
     *     Board}
     * @param certifiedOn the day of the certification
     * @param statement what the party certifies, in its words
     */
    public Certification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(certifiedTo, "certifiedTo");
        Objects.requireNonNull(certifiedOn, "certifiedOn");
        Objects.requireNonNull(statement, "statement");
    }
}
