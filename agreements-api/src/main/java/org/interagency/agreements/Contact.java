package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.interagency.agreements.internal.AgreementRecord;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A person the other parties contact about the agreement on behalf of a party (the party's point
 * of contact).
 *
 * @param name the person's name
 * @param role the person's position, for example {@code Emergency Management Coordinator}
 * @param email the person's e-mail address
 * @param phone the person's telephone number, in any format; {@code null} if not given
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Contact(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String role,
        @NotBlank @Email @Size(max = 254) String email,
        @Nullable @Size(max = 40) String phone) {

    /**
     * Checks that the required parts are present.
     *
     * @param name the person's name
     * @param role the person's position, for example {@code Emergency Management Coordinator}
     * @param email the person's e-mail address
     * @param phone the person's telephone number, in any format; {@code null} if not given
     */
    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(email, "email");
    }
}
