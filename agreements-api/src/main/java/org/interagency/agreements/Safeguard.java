package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A measure that protects shared data, by kind. Encryption is not listed here: it is stated by
 * {@link DataSharingProtocol#encryptedInTransit()} and {@link DataSharingProtocol#encryptedAtRest()},
 * which count as technical safeguards (see {@link DataSharingProtocol#hasSafeguard(SafeguardKind)}).
 * Added in schema version 1.1.
 *
 * @param kind whether the measure is administrative, technical or physical
 * @param description the measure, for example {@code Badge access to the records room}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Safeguard(
        SafeguardKind kind,
        @NotBlank @Size(max = 2000) String description) {

    /**
     * Checks that both parts are present.
     *
     * @param kind whether the measure is administrative, technical or physical
     * @param description the measure, for example {@code Badge access to the records room}
     */
    public Safeguard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
