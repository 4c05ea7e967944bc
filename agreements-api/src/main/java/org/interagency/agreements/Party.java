package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * An agency that is a party to the agreement. Everything else in the agreement refers to the
 * agency by its {@link #agencyId()}.
 *
 * @param agencyId the stable id of the agency, for example {@code harris-county-oem}
 * @param name the agency's official name
 * @param jurisdiction the territory the agency serves; assignments without a jurisdiction of
 *     their own apply to the whole of the agreement's territory
 * @param parentAgencyId the id of the agency this one is part of (a field office of a federal
 *     agency, say), whether or not that agency is a party; {@code null} if none
 * @param roles the parts the agency plays in the agreement, at least one
 * @param contacts the agency's points of contact for the agreement
 * @param governmentLevel the level of government the agency belongs to, or that it is not a
 *     government; {@code null} if not stated (schema 1.1)
 * @param legalRoles the roles data-protection law gives the agency under this agreement, such as
 *     covered entity or processor (schema 1.1)
 * @param identifiers the agency's identifiers in schemes outside the agreement, such as its
 *     Treasury Agency Location Code (schema 1.1)
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Party(
        @ElementId String agencyId,
        @NotBlank @Size(max = 300) String name,
        Jurisdiction jurisdiction,
        @Nullable @ElementId String parentAgencyId,
        @NotEmpty @Size(max = 16) List<PartyRole> roles,
        @Size(max = 50) List<@Valid Contact> contacts,
        @Nullable GovernmentLevel governmentLevel,
        @Size(max = 16) List<LegalRole> legalRoles,
        @Size(max = 16) List<@Valid PartyIdentifier> identifiers) {

    /**
     * Checks that the required parts are present and copies the lists.
     *
     * @param agencyId the stable id of the agency, for example {@code harris-county-oem}
     * @param name the agency's official name
     * @param jurisdiction the territory the agency serves; assignments without a jurisdiction of
     *     their own apply to the whole of the agreement's territory
     * @param parentAgencyId the id of the agency this one is part of (a field office of a federal
     *     agency, say), whether or not that agency is a party; {@code null} if none
     * @param roles the parts the agency plays in the agreement, at least one
     * @param contacts the agency's points of contact for the agreement
     * @param governmentLevel the level of government the agency belongs to, or that it is not a
     *     government; {@code null} if not stated (schema 1.1)
     * @param legalRoles the roles data-protection law gives the agency under this agreement, such
     *     as covered entity or processor (schema 1.1)
     * @param identifiers the agency's identifiers in schemes outside the agreement, such as its
     *     Treasury Agency Location Code (schema 1.1)
     */
    public Party {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        roles = Lists.copy(roles, "roles");
        contacts = Lists.copy(contacts, "contacts");
        legalRoles = Lists.copy(legalRoles, "legalRoles");
        identifiers = Lists.copy(identifiers, "identifiers");
    }

    /**
     * A party with the fields of schema version 1.0 only: no government level, legal roles or identifiers.
     *
     * @param agencyId the stable id of the agency, for example {@code harris-county-oem}
     * @param name the agency's official name
     * @param jurisdiction the territory the agency serves; assignments without a jurisdiction of
     *     their own apply to the whole of the agreement's territory
     * @param parentAgencyId the id of the agency this one is part of (a field office of a federal
     *     agency, say), whether or not that agency is a party; {@code null} if none
     * @param roles the parts the agency plays in the agreement, at least one
     * @param contacts the agency's points of contact for the agreement
     */
    public Party(String agencyId, String name, Jurisdiction jurisdiction, @Nullable String parentAgencyId,
            List<PartyRole> roles, List<Contact> contacts) {
        this(agencyId, name, jurisdiction, parentAgencyId, roles, contacts, null, List.of(), List.of());
    }

    /**
     * {@return whether data-protection law gives the party {@code role} under this agreement}
     *
     * @param role the role data-protection law may give a party, for example controller
     */
    public boolean hasLegalRole(LegalRole role) {
        return legalRoles.contains(role);
    }

    /**
     * {@return the party's identifier in {@code scheme}, if the agreement states one}
     *
     * @param scheme the identifier scheme asked for
     */
    public Optional<String> identifier(IdentifierScheme scheme) {
        for (PartyIdentifier identifier : identifiers) {
            if (identifier.scheme() == scheme) {
                return Optional.of(identifier.value());
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether the party plays {@code role} in the agreement}
     *
     * @param role the role asked about
     */
    public boolean hasRole(PartyRole role) {
        return roles.contains(role);
    }
}
