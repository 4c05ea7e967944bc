package org.interagency.agreements.packs.internal.emac;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.rules.Citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What the rules of {@code us-emac} share: how they cite the compact, and which parties are party
 * states.
 *
 * <p>A party is a state when its jurisdiction lies in a state, territory or the District of
 * Columbia ({@code us/tx}, {@code US-PR}) and its government level is {@code state}, or is not
 * stated and its jurisdiction is the state itself (depth 2): a county inside a state is not.
 */
@API(status = INTERNAL, since = "0.1")
public final class Emac {

    private Emac() {
    }

    /** An article of the compact as Pub. L. 104-321 gives it; only Article I was read there. */
    static Citation compact(String article) {
        return Citation.of("Emergency Management Assistance Compact, Pub. L. 104-321,", article);
    }

    /** An article of the compact, read in Maine's enactment of it, section {@code section} of Me. Rev. Stat. tit. 37-B. */
    static Citation maine(String article, int section) {
        return Citation.of("Emergency Management Assistance Compact,", article + " (as enacted in Me. Rev. Stat. tit. 37-B, sec. "
                + section + ")");
    }

    /** Whether the party is a state (see the class comment). */
    public static boolean isState(Party party) {
        List<String> segments = party.jurisdiction().segments();
        if (!segments.get(0).equals("us") || segments.size() < 2) {
            return false;
        }
        GovernmentLevel level = party.governmentLevel();
        return level == GovernmentLevel.STATE || level == null && segments.size() == 2;
    }

    /** The state a state party belongs to: the second segment of its jurisdiction, {@code tx}. */
    static String stateOf(Party party) {
        return party.jurisdiction().segments().get(1);
    }

    /** The distinct states of the agreement's state parties. */
    public static Set<String> states(Agreement agreement) {
        Set<String> states = new TreeSet<>();
        for (Party party : agreement.parties()) {
            if (isState(party)) {
                states.add(stateOf(party));
            }
        }
        return states;
    }

    /** The indexes of the state parties that give aid: role {@code responding}. */
    static List<Integer> assistingStates(Agreement agreement) {
        List<Integer> found = new ArrayList<>();
        for (int p = 0; p < agreement.parties().size(); p++) {
            Party party = agreement.parties().get(p);
            if (isState(party) && party.hasRole(PartyRole.RESPONDING)) {
                found.add(p);
            }
        }
        return found;
    }

    /** Whether the party commits personnel: the officers and employees the compact's articles on personnel concern. */
    static boolean sendsPersonnel(Agreement agreement, String agencyId) {
        for (ResourceCommitment commitment : agreement.resourceCommitments()) {
            if (commitment.agencyId().equals(agencyId) && commitment.kind() == ResourceKind.STAFF) {
                return true;
            }
        }
        return false;
    }
}
