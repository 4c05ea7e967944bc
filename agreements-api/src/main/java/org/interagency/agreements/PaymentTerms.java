package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.constraints.PositiveDuration;
import org.interagency.agreements.internal.AgreementRecord;
import org.jspecify.annotations.Nullable;

import java.time.Period;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How a servicing agency is paid: in advance or on reimbursement, how often it bills, and on what
 * terms (FAR 17.503(b)(4); FS Form 7600B "Payment Method", "Billing Frequency", "Payment Terms").
 * The amounts are the {@link ResourceCommitment#funds() funds} of the funding commitments. Added in
 * schema version 1.1.
 *
 * @param method advance or reimbursement
 * @param advanceAuthorityId the id of the {@link LegalAuthority} that permits advance payment,
 *     for an advance; {@code null} otherwise
 * @param billingFrequency how often the servicing agency bills, for example {@code P1M};
 *     {@code null} if not stated
 * @param terms any further terms in words; {@code null} if none
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record PaymentTerms(
        PaymentMethod method,
        @Nullable @ElementId String advanceAuthorityId,
        @PositiveDuration @Nullable Period billingFrequency,
        @Nullable @Size(min = 1, max = 2000) String terms) {

    /**
     * Checks that the method is present and that only an advance names its authority.
     *
     * @param method advance or reimbursement
     * @param advanceAuthorityId the id of the {@link LegalAuthority} that permits advance payment,
     *     for an advance; {@code null} otherwise
     * @param billingFrequency how often the servicing agency bills, for example {@code P1M}; {@code
     *     null} if not stated
     * @param terms any further terms in words; {@code null} if none
     * @throws IllegalArgumentException if {@code advanceAuthorityId} is given for reimbursement
     */
    public PaymentTerms {
        Objects.requireNonNull(method, "method");
        if (method != PaymentMethod.ADVANCE && advanceAuthorityId != null) {
            throw new IllegalArgumentException("advanceAuthorityId is the authority for an advance payment, and the"
                    + " method is \"reimbursement\"; remove it or make the method \"advance\"");
        }
    }
}
