package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Who may audit whom: a right to inspect a party's records, books and practices to verify
 * compliance with the agreement.
 *
 * <p>This is the structured fact a rule checks. Where the agreement also words the clause (a
 * provision on {@link ProvisionTopic#COMPTROLLER_GENERAL_ACCESS}, say), {@link #provisionId()}
 * names it, so the two are one statement, not two. Added in schema version 1.1.
 *
 * @param id the stable id of the audit right
 * @param auditor who holds the right
 * @param auditorAgencyId the party that holds it, when {@code auditor} is {@link AuditorKind#PARTY};
 *     {@code null} otherwise
 * @param audited the ids of the parties whose records may be audited, at least one
 * @param scope what may be audited, for example {@code all records needed to verify compliance};
 *     {@code null} for everything the agreement covers
 * @param provisionId the id of the provision that words this right; {@code null} if none does
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record AuditRight(
        @ElementId String id,
        AuditorKind auditor,
        @Nullable @ElementId String auditorAgencyId,
        @NotEmpty @Size(max = 1000) List<@ElementId String> audited,
        @Nullable @Size(min = 1, max = 2000) String scope,
        @Nullable @ElementId String provisionId) {

    /**
     * Checks that the required parts are present, copies the list, and that a party is named
     * exactly when the auditor is a party.
     *
     * @param id the stable id of the audit right
     * @param auditor who holds the right
     * @param auditorAgencyId the party that holds it, when {@code auditor} is {@link
     *     AuditorKind#PARTY}; {@code null} otherwise
     * @param audited the ids of the parties whose records may be audited, at least one
     * @param scope what may be audited, for example {@code all records needed to verify
     *     compliance}; {@code null} for everything the agreement covers
     * @param provisionId the id of the provision that words this right; {@code null} if none does
     * @throws IllegalArgumentException if {@code auditorAgencyId} is missing for a party auditor,
     *     or given for any other
     */
    public AuditRight {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(auditor, "auditor");
        audited = Lists.copy(audited, "audited");
        if (auditor == AuditorKind.PARTY && auditorAgencyId == null) {
            throw new IllegalArgumentException("an auditor that is a party needs auditorAgencyId, the party's id");
        }
        if (auditor != AuditorKind.PARTY && auditorAgencyId != null) {
            throw new IllegalArgumentException("auditorAgencyId names a party, so auditor must be \"party\"; an auditor"
                    + " that is not a party (" + auditor.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + ") has no auditorAgencyId");
        }
    }
}
