package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A signature block: an official who signed the agreement for a party. An agreement is in force
 * only when every party has signed.
 *
 * <p>This records the wet or electronic signature on the agreement itself; a cryptographic
 * signature over the document's canonical bytes is a separate, detached object (see the
 * agreements-json module).
 *
 * @param agencyId the party the official signed for
 * @param name the official's name
 * @param title the official's position
 * @param signedOn the day of signature
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Signatory(
        @ElementId String agencyId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String title,
        LocalDate signedOn) {

    /**
     * Checks that the required parts are present.
     *
     * @param agencyId the party the official signed for
     * @param name the official's name
     * @param title the official's position
     * @param signedOn the day of signature
     */
    public Signatory {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(signedOn, "signedOn");
    }
}
