package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A dated approval the agreement needed before it could take effect: a Data Integrity Board's,
 * or that of a determination and findings. With the date, "approved before the effective date" is
 * date arithmetic. Added in schema version 1.1.
 *
 * @param id the stable id of the approval
 * @param kind what was approved
 * @param agencyId the agency whose board or official approved
 * @param approver the body or official that approved, for example
 *     {@code SSA Data Integrity Board} or {@code Contracting Officer}
 * @param approvedOn the day of the approval
 * @param reference where the approval is recorded, for example a minute or memorandum number;
 *     {@code null} if not stated
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record Approval(
        @ElementId String id,
        ApprovalKind kind,
        @ElementId String agencyId,
        @NotBlank @Size(max = 300) String approver,
        LocalDate approvedOn,
        @Nullable @Size(min = 1, max = 300) String reference) {

    /**
     * Checks that the required parts are present.
     *
     * @param id the stable id of the approval
     * @param kind what was approved
     * @param agencyId the agency whose board or official approved
     * @param approver the body or official that approved, for example {@code SSA Data Integrity
     *     Board} or {@code Contracting Officer}
     * @param approvedOn the day of the approval
     * @param reference where the approval is recorded, for example a minute or memorandum number;
     *     {@code null} if not stated
     */
    public Approval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
