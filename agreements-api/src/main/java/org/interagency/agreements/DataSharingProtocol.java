package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.constraints.PositiveDuration;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The terms on which one party provides data to others: what data, for what purpose, on what
 * legal basis, how it travels and is protected, how long it is kept and what happens to it then.
 *
 * @param id the stable id of the protocol; training programmes refer to it
 * @param providerAgencyId the party that provides the data
 * @param recipients the ids of the parties that receive it
 * @param dataSets the data shared
 * @param purpose what the recipients may use the data for, and nothing else (purpose limitation)
 * @param legalBasis the ids of the agreement's {@link LegalAuthority legal authorities} that
 *     permit the sharing
 * @param transferMethod how the data travels
 * @param encryptedInTransit whether the data is encrypted while it travels; this is the one place
 *     encryption in transit is stated, and it counts as a technical safeguard
 * @param encryptedAtRest whether recipients keep the data encrypted; this is the one place
 *     encryption at rest is stated, and it counts as a technical safeguard
 * @param retention how long recipients may keep the data, counted from {@code retentionStart};
 *     {@code null} if the agreement sets no limit
 * @param disposal what recipients do with the data when the retention ends; {@code null} if the
 *     agreement has no disposal clause
 * @param onwardSharing whether recipients may pass the data on
 * @param breachNotificationWindow how soon a recipient must tell the provider of a breach, for
 *     example {@code PT72H}; {@code null} if the agreement does not say
 * @param retentionStart the event {@code retention} runs from, for example
 *     {@link RetentionStart#END_OF_AGREEMENT} for "five years after the term"; {@code null} if not
 *     stated, which means {@link RetentionStart#RECEIPT}, as a bare period meant in schema version
 *     1.0 (see {@link #retentionRunsFrom()}); only with a {@code retention} (schema 1.1)
 * @param safeguards the administrative, technical and physical measures that protect the data,
 *     beyond the encryption the two flags state (schema 1.1)
 * @param impactAssessment the data protection or privacy impact assessment of this sharing;
 *     {@code null} if the agreement records none (schema 1.1)
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record DataSharingProtocol(
        @ElementId String id,
        @ElementId String providerAgencyId,
        @Size(max = 1000) List<@ElementId String> recipients,
        @Size(max = 1000) List<@Valid DataSet> dataSets,
        @NotBlank @Size(max = 2000) String purpose,
        @Size(max = 100) List<@ElementId String> legalBasis,
        TransferMethod transferMethod,
        boolean encryptedInTransit,
        boolean encryptedAtRest,
        @PositiveDuration @Nullable Period retention,
        @Nullable DisposalMethod disposal,
        OnwardSharing onwardSharing,
        @PositiveDuration @Nullable Duration breachNotificationWindow,
        @Nullable RetentionStart retentionStart,
        @Size(max = 100) List<@Valid Safeguard> safeguards,
        @Valid @Nullable ImpactAssessment impactAssessment) {

    /**
     * Checks that the required parts are present and copies the lists.
     *
     * @param id the stable id of the protocol; training programmes refer to it
     * @param providerAgencyId the party that provides the data
     * @param recipients the ids of the parties that receive it
     * @param dataSets the data shared
     * @param purpose what the recipients may use the data for, and nothing else (purpose
     *     limitation)
     * @param legalBasis the ids of the agreement's {@link LegalAuthority legal authorities} that
     *     permit the sharing
     * @param transferMethod how the data travels
     * @param encryptedInTransit whether the data is encrypted while it travels; this is the one
     *     place encryption in transit is stated, and it counts as a technical safeguard
     * @param encryptedAtRest whether recipients keep the data encrypted; this is the one place
     *     encryption at rest is stated, and it counts as a technical safeguard
     * @param retention how long recipients may keep the data, counted from {@code retentionStart};
     *     {@code null} if the agreement sets no limit
     * @param disposal what recipients do with the data when the retention ends; {@code null} if the
     *     agreement has no disposal clause
     * @param onwardSharing whether recipients may pass the data on
     * @param breachNotificationWindow how soon a recipient must tell the provider of a breach, for
     *     example {@code PT72H}; {@code null} if the agreement does not say
     * @param retentionStart the event {@code retention} runs from, for example {@link
     *     RetentionStart#END_OF_AGREEMENT} for "five years after the term"; {@code null} if not stated,
     *     which means {@link RetentionStart#RECEIPT}, as a bare period meant in schema version 1.0 (see
     *     {@link #retentionRunsFrom()}); only with a {@code retention} (schema 1.1)
     * @param safeguards the administrative, technical and physical measures that protect the data,
     *     beyond the encryption the two flags state (schema 1.1)
     * @param impactAssessment the data protection or privacy impact assessment of this sharing;
     *     {@code null} if the agreement records none (schema 1.1)
     */
    public DataSharingProtocol {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(providerAgencyId, "providerAgencyId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(transferMethod, "transferMethod");
        Objects.requireNonNull(onwardSharing, "onwardSharing");
        recipients = Lists.copy(recipients, "recipients");
        dataSets = Lists.copy(dataSets, "dataSets");
        legalBasis = Lists.copy(legalBasis, "legalBasis");
        safeguards = Lists.copy(safeguards, "safeguards");
        if (retentionStart != null && retention == null) {
            throw new IllegalArgumentException("retentionStart says when the retention period starts, and there is no"
                    + " retention period; add a retention or remove retentionStart");
        }
    }

    /**
     * A protocol with the fields of schema version 1.0 only: retention from receipt, no listed safeguards.
     *
     * @param id the stable id of the protocol; training programmes refer to it
     * @param providerAgencyId the party that provides the data
     * @param recipients the ids of the parties that receive it
     * @param dataSets the data shared
     * @param purpose what the recipients may use the data for, and nothing else (purpose
     *     limitation)
     * @param legalBasis the ids of the agreement's {@link LegalAuthority legal authorities} that
     *     permit the sharing
     * @param transferMethod how the data travels
     * @param encryptedInTransit whether the data is encrypted while it travels; this is the one
     *     place encryption in transit is stated, and it counts as a technical safeguard
     * @param encryptedAtRest whether recipients keep the data encrypted; this is the one place
     *     encryption at rest is stated, and it counts as a technical safeguard
     * @param retention how long recipients may keep the data, counted from {@code retentionStart};
     *     {@code null} if the agreement sets no limit
     * @param disposal what recipients do with the data when the retention ends; {@code null} if the
     *     agreement has no disposal clause
     * @param onwardSharing whether recipients may pass the data on
     * @param breachNotificationWindow how soon a recipient must tell the provider of a breach, for
     *     example {@code PT72H}; {@code null} if the agreement does not say
     */
    public DataSharingProtocol(String id, String providerAgencyId, List<String> recipients, List<DataSet> dataSets,
            String purpose, List<String> legalBasis, TransferMethod transferMethod, boolean encryptedInTransit,
            boolean encryptedAtRest, @Nullable Period retention, @Nullable DisposalMethod disposal,
            OnwardSharing onwardSharing, @Nullable Duration breachNotificationWindow) {
        this(id, providerAgencyId, recipients, dataSets, purpose, legalBasis, transferMethod, encryptedInTransit,
                encryptedAtRest, retention, disposal, onwardSharing, breachNotificationWindow, null, List.of(), null);
    }

    /**
     * A protocol without an impact assessment (as before schema 1.1 had one).
     *
     * @param id the stable id of the protocol; training programmes refer to it
     * @param providerAgencyId the party that provides the data
     * @param recipients the ids of the parties that receive it
     * @param dataSets the data shared
     * @param purpose what the recipients may use the data for, and nothing else (purpose
     *     limitation)
     * @param legalBasis the ids of the agreement's {@link LegalAuthority legal authorities} that
     *     permit the sharing
     * @param transferMethod how the data travels
     * @param encryptedInTransit whether the data is encrypted while it travels; this is the one
     *     place encryption in transit is stated, and it counts as a technical safeguard
     * @param encryptedAtRest whether recipients keep the data encrypted; this is the one place
     *     encryption at rest is stated, and it counts as a technical safeguard
     * @param retention how long recipients may keep the data, counted from {@code retentionStart};
     *     {@code null} if the agreement sets no limit
     * @param disposal what recipients do with the data when the retention ends; {@code null} if the
     *     agreement has no disposal clause
     * @param onwardSharing whether recipients may pass the data on
     * @param breachNotificationWindow how soon a recipient must tell the provider of a breach, for
     *     example {@code PT72H}; {@code null} if the agreement does not say
     * @param retentionStart the event {@code retention} runs from, for example {@link
     *     RetentionStart#END_OF_AGREEMENT} for "five years after the term"; {@code null} if not stated,
     *     which means {@link RetentionStart#RECEIPT}, as a bare period meant in schema version 1.0 (see
     *     {@link #retentionRunsFrom()}); only with a {@code retention} (schema 1.1)
     * @param safeguards the administrative, technical and physical measures that protect the data,
     *     beyond the encryption the two flags state (schema 1.1)
     */
    public DataSharingProtocol(String id, String providerAgencyId, List<String> recipients, List<DataSet> dataSets,
            String purpose, List<String> legalBasis, TransferMethod transferMethod, boolean encryptedInTransit,
            boolean encryptedAtRest, @Nullable Period retention, @Nullable DisposalMethod disposal,
            OnwardSharing onwardSharing, @Nullable Duration breachNotificationWindow,
            @Nullable RetentionStart retentionStart, List<Safeguard> safeguards) {
        this(id, providerAgencyId, recipients, dataSets, purpose, legalBasis, transferMethod, encryptedInTransit,
                encryptedAtRest, retention, disposal, onwardSharing, breachNotificationWindow, retentionStart, safeguards,
                null);
    }

    /**
     * {@return the event the retention period runs from: as stated, or {@link
     * RetentionStart#RECEIPT} if not}
     */
    public RetentionStart retentionRunsFrom() {
        return retentionStart != null ? retentionStart : RetentionStart.RECEIPT;
    }

    /**
     * Whether the protocol has a safeguard of {@code kind}: one listed in {@link #safeguards()},
     * or, for {@link SafeguardKind#TECHNICAL}, encryption in transit or at rest.
     *
     * @param kind the kind of safeguard asked about
     * @return whether the protocol has one
     */
    public boolean hasSafeguard(SafeguardKind kind) {
        if (kind == SafeguardKind.TECHNICAL && (encryptedInTransit || encryptedAtRest)) {
            return true;
        }
        for (Safeguard safeguard : safeguards) {
            if (safeguard.kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
