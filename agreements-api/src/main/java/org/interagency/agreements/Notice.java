package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A dated notice of the agreement given outside it: published in the Federal Register,
 * transmitted to Congress, reported to OMB. With the date, "not effective until 30 days after the
 * copy is sent" is date arithmetic. Added in schema version 1.1.
 *
 * @param id the stable id of the notice
 * @param kind what the notice is
 * @param agencyId the agency that gave the notice
 * @param recipient to whom it went, for example
 *     {@code Senate Committee on Homeland Security and Governmental Affairs}; {@code null} where
 *     the kind says it (a Federal Register notice goes to the public)
 * @param givenOn the day the notice was published or sent
 * @param citation where it is found, for example {@code 91 FR 12345}; {@code null} if not stated
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record Notice(
        @ElementId String id,
        NoticeKind kind,
        @ElementId String agencyId,
        @Nullable @Size(min = 1, max = 300) String recipient,
        LocalDate givenOn,
        @Nullable @Size(min = 1, max = 300) String citation) {

    /**
     * Checks that the required parts are present.
     *
     * @param id the stable id of the notice
     * @param kind what the notice is
     * @param agencyId the agency that gave the notice
     * @param recipient to whom it went, for example {@code Senate Committee on Homeland Security
     *     and Governmental Affairs}; {@code null} where the kind says it (a Federal Register notice
     *     goes to the public)
     * @param givenOn the day the notice was published or sent
     * @param citation where it is found, for example {@code 91 FR 12345}; {@code null} if not
     *     stated
     */
    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(givenOn, "givenOn");
    }
}
