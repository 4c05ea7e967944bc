package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A statute, regulation or order that empowers the parties to enter the agreement, such as the
 * Economy Act (31 U.S.C. 1535) for an interagency acquisition. Data-sharing protocols name the
 * authorities that are their legal basis by {@link #id()}.
 *
 * @param id the stable id that protocols refer to, for example {@code stafford-act}
 * @param citation the formal citation, for example {@code 42 U.S.C. 5121 et seq.}
 * @param title the common name, for example {@code Robert T. Stafford Disaster Relief and
 *     Emergency Assistance Act}
 */
@API(status = STABLE, since = "0.1")
public record LegalAuthority(@ElementId String id, @NotBlank @Size(max = 500) String citation, @NotBlank @Size(max = 500) String title) {

    /**
     * Checks that the required parts are present.
     *
     * @param id the stable id that protocols refer to, for example {@code stafford-act}
     * @param citation the formal citation, for example {@code 42 U.S.C. 5121 et seq.}
     * @param title the common name, for example {@code Robert T. Stafford Disaster Relief and
     *     Emergency Assistance Act}
     */
    public LegalAuthority {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(title, "title");
    }
}
