package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.Citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What the rules of {@code eu-gdpr} share: how they cite the Regulation, who the joint
 * controllers and processors are, and which protocols carry a controller's personal data to a
 * processor.
 */
@API(status = INTERNAL, since = "0.1")
public final class Gdpr {

    /**
     * The member states of the European Union, as lower-case ISO 3166-1 codes: the first segment
     * of a party's jurisdiction ({@code de}, {@code fr/75}) says whether it is established there.
     */
    public static final Set<String> MEMBER_STATES = Set.of("at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr",
            "de", "gr", "hu", "ie", "it", "lv", "lt", "lu", "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se");

    /** The legal roles the Regulation gives. */
    private static final List<LegalRole> ROLES = List.of(LegalRole.CONTROLLER, LegalRole.JOINT_CONTROLLER,
            LegalRole.PROCESSOR, LegalRole.SUBPROCESSOR);

    private Gdpr() {
    }

    /** An article of the Regulation, for example {@code Art. 28(3)(a)}. */
    static Citation art(String pinpoint) {
        return Citation.of("GDPR", pinpoint);
    }

    /** Whether the party has a role the Regulation gives: controller, joint controller, processor or sub-processor. */
    public static boolean hasGdprRole(Party party) {
        return ROLES.stream().anyMatch(party::hasLegalRole);
    }

    /** Whether the party's jurisdiction lies in a member state of the Union. */
    public static boolean inTheUnion(Party party) {
        return MEMBER_STATES.contains(party.jurisdiction().segments().get(0));
    }

    /** Whether a protocol of the agreement shares personal data. */
    public static boolean sharesPersonalData(Agreement agreement) {
        return agreement.dataSharingProtocols().stream().anyMatch(Gdpr::sharesPersonalData);
    }

    static boolean sharesPersonalData(DataSharingProtocol protocol) {
        return protocol.dataSets().stream().anyMatch(DataSet::personalData);
    }

    /** The parties with {@code role}, in the order listed. */
    public static List<Party> withRole(Agreement agreement, LegalRole role) {
        return agreement.parties().stream().filter(p -> p.hasLegalRole(role)).toList();
    }

    /** Whether the agreement is an arrangement between joint controllers (Art. 26): two or more parties are. */
    public static boolean hasJointControllers(Agreement agreement) {
        return withRole(agreement, LegalRole.JOINT_CONTROLLER).size() >= 2;
    }

    /** Whether the party decides the purposes and means of processing: a controller or a joint controller. */
    static boolean isController(Agreement agreement, String agencyId) {
        return agreement.party(agencyId).map(p -> p.hasLegalRole(LegalRole.CONTROLLER)
                || p.hasLegalRole(LegalRole.JOINT_CONTROLLER)).orElse(false);
    }

    static boolean isProcessor(Agreement agreement, String agencyId) {
        return agreement.party(agencyId).map(p -> p.hasLegalRole(LegalRole.PROCESSOR)).orElse(false);
    }

    /**
     * The indexes of the protocols by which a controller gives personal data to a processor: the
     * processing Art. 28(3) requires a contract for.
     */
    public static List<Integer> toProcessors(Agreement agreement) {
        List<Integer> found = new ArrayList<>();
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            DataSharingProtocol protocol = protocols.get(i);
            if (sharesPersonalData(protocol) && isController(agreement, protocol.providerAgencyId())
                    && protocol.recipients().stream().anyMatch(r -> isProcessor(agreement, r))) {
                found.add(i);
            }
        }
        return found;
    }
}
