package org.interagency.agreements.report.view;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One data-sharing protocol as a flow from its provider to its recipients, with what travels and
 * how it is protected.
 *
 * @param protocolId the protocol's id
 * @param pointer where the protocol is in the document, for example {@code /dataSharingProtocols/0}
 * @param providerId the providing agency's id
 * @param provider the provider's {@linkplain RaciMatrix.Agency#label() label}
 * @param recipientIds the recipients' agency ids, in the document's order
 * @param recipients the recipients' labels, in the same order
 * @param dataSets the names of the data sets
 * @param classification the most sensitive classification among the data sets, as the
 *     document writes it ({@code public}, {@code controlled-unclassified}, ...)
 * @param personalData whether any data set holds personal data
 * @param encryptedInTransit whether the data is encrypted in transit
 * @param encryptedAtRest whether the data is encrypted at rest
 * @param retention how long the recipients keep the data (an ISO-8601 period); {@code null} if
 *     the protocol sets no limit
 * @param legalBasis the ids of the legal authorities the sharing rests on
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DataFlow(
        String protocolId,
        JsonPointer pointer,
        String providerId,
        String provider,
        List<String> recipientIds,
        List<String> recipients,
        List<String> dataSets,
        String classification,
        boolean personalData,
        boolean encryptedInTransit,
        boolean encryptedAtRest,
        @Nullable String retention,
        List<String> legalBasis) {

    /**
     * Copies the lists.
     *
     * @param protocolId the protocol's id
     * @param pointer where the protocol is in the document, for example {@code
     *     /dataSharingProtocols/0}
     * @param providerId the providing agency's id
     * @param provider the provider's {@linkplain RaciMatrix.Agency#label() label}
     * @param recipientIds the recipients' agency ids, in the document's order
     * @param recipients the recipients' labels, in the same order
     * @param dataSets the names of the data sets
     * @param classification the most sensitive classification among the data sets, as the document
     *     writes it ({@code public}, {@code controlled-unclassified}, ...)
     * @param personalData whether any data set holds personal data
     * @param encryptedInTransit whether the data is encrypted in transit
     * @param encryptedAtRest whether the data is encrypted at rest
     * @param retention how long the recipients keep the data (an ISO-8601 period); {@code null} if
     *     the protocol sets no limit
     * @param legalBasis the ids of the legal authorities the sharing rests on
     */
    public DataFlow {
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(provider, "provider");
        recipientIds = List.copyOf(recipientIds);
        recipients = List.copyOf(recipients);
        dataSets = List.copyOf(dataSets);
        Objects.requireNonNull(classification, "classification");
        legalBasis = List.copyOf(legalBasis);
        if (recipientIds.size() != recipients.size()) {
            throw new IllegalArgumentException("a label for each recipient");
        }
    }

    /**
     * The flows of {@code agreement}, one per data-sharing protocol, in the document's order.
     *
     * @param agreement the agreement
     * @return its data flows
     */
    public static List<DataFlow> of(Agreement agreement) {
        List<DataFlow> flows = new ArrayList<>();
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            DataSharingProtocol protocol = protocols.get(i);
            flows.add(new DataFlow(protocol.id(), JsonPointer.of("dataSharingProtocols", i),
                    protocol.providerAgencyId(), Labels.agency(agreement, protocol.providerAgencyId()),
                    protocol.recipients(), protocol.recipients().stream().map(r -> Labels.agency(agreement, r)).toList(),
                    protocol.dataSets().stream().map(DataSet::name).toList(),
                    Labels.enumName(Labels.highest(protocol)),
                    protocol.dataSets().stream().anyMatch(DataSet::personalData),
                    protocol.encryptedInTransit(), protocol.encryptedAtRest(),
                    protocol.retention() == null ? null : protocol.retention().toString(),
                    protocol.legalBasis()));
        }
        return flows;
    }

    /**
     * The label of the flow's edges: the protocol id and the classification, and
     * {@code personal data} where it applies, for example {@code p1: confidential, personal data}.
     *
     * @return the edge label
     */
    public String label() {
        return protocolId + ": " + classification + (personalData ? ", personal data" : "");
    }
}
