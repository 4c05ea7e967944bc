package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.Citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/** What the rules of {@code uk-ico-dsa} share: how they cite the ICO's texts, and which protocols share personal data. */
@API(status = INTERNAL, since = "0.1")
public final class Ico {

    /**
     * The first segments of a jurisdiction in the United Kingdom: {@code gb}, its ISO 3166-1 code
     * (also what {@code GB}, {@code GB-ENG} and {@code UK} read as), and {@code uk}, as people write it.
     */
    public static final Set<String> UNITED_KINGDOM = Set.of("gb", "uk");

    private Ico() {
    }

    /**
     * A part of the ICO's data sharing code of practice, for example {@code annex B (lawful basis
     * for sharing)}: "ICO data sharing code, annex B (lawful basis for sharing)".
     */
    static Citation code(String pinpoint) {
        return Citation.of("ICO data sharing code,", pinpoint);
    }

    /** The ICO's page "Navigating the data sharing code", which has no parts to pinpoint. */
    static Citation navigating() {
        return Citation.of("ICO, Navigating the data sharing code", "");
    }

    /** A part of the ICO's accountability framework. */
    static Citation accountabilityFramework(String pinpoint) {
        return Citation.of("ICO accountability framework,", pinpoint);
    }

    /** Whether the party's jurisdiction lies in the United Kingdom. */
    public static boolean inTheUnitedKingdom(Party party) {
        return UNITED_KINGDOM.contains(party.jurisdiction().segments().get(0));
    }

    /** Whether the protocol shares personal data. */
    static boolean sharesPersonalData(DataSharingProtocol protocol) {
        return protocol.dataSets().stream().anyMatch(DataSet::personalData);
    }

    /** Whether a protocol of the agreement shares personal data. */
    public static boolean sharesPersonalData(Agreement agreement) {
        return agreement.dataSharingProtocols().stream().anyMatch(Ico::sharesPersonalData);
    }

    /** The indexes of the protocols that share personal data. */
    static List<Integer> personalProtocols(Agreement agreement) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < agreement.dataSharingProtocols().size(); i++) {
            if (sharesPersonalData(agreement.dataSharingProtocols().get(i))) {
                found.add(i);
            }
        }
        return found;
    }
}
