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
 * @param encryptedInTransit whether the data is encrypted while it travels
 * @param encryptedAtRest whether recipients keep the data encrypted
 * @param retention how long recipients may keep the data; {@code null} if the agreement sets no
 *     limit
 * @param disposal what recipients do with the data when the retention ends; {@code null} if the
 *     agreement has no disposal clause
 * @param onwardSharing whether recipients may pass the data on
 * @param breachNotificationWindow how soon a recipient must tell the provider of a breach, for
 *     example {@code PT72H}; {@code null} if the agreement does not say
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
        @PositiveDuration @Nullable Duration breachNotificationWindow) {

    /** Checks that the required parts are present and copies the lists. */
    public DataSharingProtocol {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(providerAgencyId, "providerAgencyId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(transferMethod, "transferMethod");
        Objects.requireNonNull(onwardSharing, "onwardSharing");
        recipients = Lists.copy(recipients, "recipients");
        dataSets = Lists.copy(dataSets, "dataSets");
        legalBasis = Lists.copy(legalBasis, "legalBasis");
    }
}
