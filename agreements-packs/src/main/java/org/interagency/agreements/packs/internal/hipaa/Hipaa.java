package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.Citation;

import java.util.ArrayList;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/** What the rules of {@code us-hipaa} share: how they cite 45 CFR, and which protocols carry a covered entity's data to its business associate. */
@API(status = INTERNAL, since = "0.1")
public final class Hipaa {

    private Hipaa() {
    }

    /** A section of 45 CFR, for example {@code 164.504(e)(2)(ii)(A)}. */
    static Citation cfr(String pinpoint) {
        return Citation.of("45 CFR", pinpoint);
    }

    /** Whether the party named {@code agencyId} has {@code role}. */
    static boolean has(Agreement agreement, String agencyId, LegalRole role) {
        return agreement.party(agencyId).map(party -> party.hasLegalRole(role)).orElse(false);
    }

    /**
     * The indexes of the protocols by which a covered entity provides data to a business
     * associate: the disclosures a business associate contract governs (45 CFR 164.504(e)(1)).
     */
    static List<Integer> toBusinessAssociates(Agreement agreement) {
        List<Integer> found = new ArrayList<>();
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            DataSharingProtocol protocol = protocols.get(i);
            if (has(agreement, protocol.providerAgencyId(), LegalRole.COVERED_ENTITY)
                    && protocol.recipients().stream().anyMatch(r -> has(agreement, r, LegalRole.BUSINESS_ASSOCIATE))) {
                found.add(i);
            }
        }
        return found;
    }

    /** The parties that are business associates, in the order listed. */
    static List<Party> businessAssociates(Agreement agreement) {
        return agreement.parties().stream().filter(p -> p.hasLegalRole(LegalRole.BUSINESS_ASSOCIATE)).toList();
    }

    /** Whether every party states a level of government (a governmental entity, not non-governmental). */
    static boolean allGovernmental(Agreement agreement) {
        return agreement.parties().stream().allMatch(p -> p.governmentLevel() != null
                && p.governmentLevel() != GovernmentLevel.NON_GOVERNMENTAL);
    }
}
