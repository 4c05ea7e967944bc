package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.rules.Citation;

import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/** What the rules of {@code us-iaa} share: how they cite, and whether an order rests on the Economy Act. */
@API(status = INTERNAL, since = "0.1")
public final class Iaa {

    /** "31 U.S.C. 1535", with any spacing, not followed by another digit (1535a would be another section). */
    private static final Pattern ECONOMY_ACT = Pattern.compile("31\\s*U\\.?\\s*S\\.?\\s*C\\.?\\s*(§\\s*)?1535(?![0-9])");

    private Iaa() {
    }

    /** A pinpoint in 31 U.S.C. 1535, for example {@code (a)(1)}. */
    static Citation economyAct(String pinpoint) {
        return Citation.of("31 U.S.C. 1535", pinpoint);
    }

    /** A section of the codified FAR (48 CFR chapter 1), for example {@code 17.503(b)(3)}. */
    static Citation far(String pinpoint) {
        return Citation.of("FAR", pinpoint);
    }

    /**
     * The same element in the Revolutionary FAR Overhaul's model deviation text, which binds an
     * agency only through its own class deviation, where its pinpoint differs from the codified one.
     */
    static Citation farDeviation(String pinpoint) {
        return Citation.of("FAR (RFO model deviation)", pinpoint);
    }

    /** Whether an authority of the agreement cites the Economy Act, 31 U.S.C. 1535. */
    static boolean isEconomyActOrder(Agreement agreement) {
        for (LegalAuthority authority : agreement.authorities()) {
            if (ECONOMY_ACT.matcher(authority.citation()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the party {@code agencyId} is a requesting agency of the agreement. */
    static boolean isRequesting(Agreement agreement, String agencyId) {
        return agreement.party(agencyId).map(p -> p.hasRole(PartyRole.REQUESTING)).orElse(false);
    }
}
