package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An identifier of a party in a scheme outside the agreement, such as its Treasury Agency
 * Location Code. Whether the value has the scheme's format (three digits for an AID, eight for
 * an ALC) is checked by the rules of the pack that needs it, not when the document is read: the
 * formats come from form instructions, not from law. Added in schema version 1.1.
 *
 * @param scheme the scheme the identifier belongs to
 * @param value the identifier, for example {@code 00001234}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PartyIdentifier(
        IdentifierScheme scheme,
        @NotBlank @Size(max = 64) String value) {

    /**
     * Checks that both parts are present.
     *
     * @param scheme the scheme the identifier belongs to
     * @param value the identifier, for example {@code 00001234}
     */
    public PartyIdentifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }
}
