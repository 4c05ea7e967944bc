package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.Size;
import org.interagency.agreements.internal.AgreementRecord;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The assessment of a data-sharing protocol's risk to the people its data is about, carried out
 * before or for the sharing: a data protection impact assessment or a privacy impact assessment.
 * With its date and where it is recorded, "a DPIA was carried out" is something a reader can
 * check. Added in schema version 1.1.
 *
 * @param kind what kind of assessment it is
 * @param completedOn the day the assessment was completed (or last updated)
 * @param reference where the assessment is recorded, for example a document number or a
 *     published PIA's address; {@code null} if not stated
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record ImpactAssessment(
        ImpactAssessmentKind kind,
        LocalDate completedOn,
        @Nullable @Size(min = 1, max = 300) String reference) {

    /**
     * Checks that the required parts are present.
     *
     * @param kind what kind of assessment it is
     * @param completedOn the day the assessment was completed (or last updated)
     * @param reference where the assessment is recorded, for example a document number or a
     *     published PIA's address; {@code null} if not stated
     */
    public ImpactAssessment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
