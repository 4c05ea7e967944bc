package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A clause of the agreement on a topic the law asks some kinds of agreement to address: the
 * procedures for individual notice, for verification, for an accounting of disclosures, for the
 * return or destruction of records. A rule of a legal pack looks for a provision by its
 * {@link #topic()} and checks the agencies it binds; the text itself is for people.
 *
 * <p>Where the model has a field for a fact, the field states it and a provision does not repeat
 * it: the retention period is {@link DataSharingProtocol#retention()}, the safeguards are
 * {@link DataSharingProtocol#safeguards()}, who may audit whom is {@link AuditRight}. A
 * provision holds the wording of procedures the model does not structure. Added in schema version
 * 1.1.
 *
 * @param id the stable id of the provision
 * @param topic what the provision is about
 * @param text the clause as the agreement states it
 * @param binds the ids of the parties the clause binds; whether each is a party is a rule's
 *     matter, as for every reference
 * @param citation the provision of law the clause implements, for example
 *     {@code 5 U.S.C. 552a(o)(1)(D)}; {@code null} if the agreement cites none
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record Provision(
        @ElementId String id,
        ProvisionTopic topic,
        @NotBlank @Size(max = 10_000) String text,
        @Size(max = 1000) List<@ElementId String> binds,
        @Nullable @Size(min = 1, max = 300) String citation) {

    /**
     * Checks that the required parts are present and copies the list.
     *
     * @param id the stable id of the provision
     * @param topic what the provision is about
     * @param text the clause as the agreement states it
     * @param binds the ids of the parties the clause binds; whether each is a party is a rule's
     *     matter, as for every reference
     * @param citation the provision of law the clause implements, for example {@code 5 U.S.C.
     *     552a(o)(1)(D)}; {@code null} if the agreement cites none
     */
    public Provision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
        binds = Lists.copy(binds, "binds");
    }
}
