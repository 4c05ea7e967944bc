package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.JsonPointer;

import java.util.List;
import java.util.function.BiConsumer;

import static org.apiguardian.api.API.Status.INTERNAL;

/** What the rules of {@code us-cma} share: how they cite the Privacy Act, who is federal, which data sets are matched. */
@API(status = INTERNAL, since = "0.1")
public final class Cma {

    /** The instrument every rule of the pack cites. */
    static final String PRIVACY_ACT = "5 U.S.C. 552a";

    private Cma() {
    }

    /** A pinpoint in 5 U.S.C. 552a, for example {@code (o)(1)(K)}. */
    static Citation privacyAct(String pinpoint) {
        return Citation.of(PRIVACY_ACT, pinpoint);
    }

    /** Whether a party states a government level other than federal: a non-Federal agency of 552a(a)(10). */
    static boolean isNonFederal(Party party) {
        return party.governmentLevel() != null && party.governmentLevel() != GovernmentLevel.FEDERAL;
    }

    /**
     * Calls {@code check} with each data set a source provides to the match (not those the
     * recipient creates) and the JSON Pointer of that data set.
     *
     * @return how many such data sets there are
     */
    static int forEachProvidedDataSet(Agreement agreement, BiConsumer<DataSet, JsonPointer> check) {
        int provided = 0;
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int p = 0; p < protocols.size(); p++) {
            List<DataSet> dataSets = protocols.get(p).dataSets();
            for (int d = 0; d < dataSets.size(); d++) {
                if (!dataSets.get(d).isCreatedByRecipient()) {
                    provided++;
                    check.accept(dataSets.get(d), JsonPointer.of("dataSharingProtocols", p, "dataSets", d));
                }
            }
        }
        return provided;
    }

    /** Whether no party states its government level, so that federal and non-federal cannot be told apart. */
    static boolean noLevelStated(Agreement agreement) {
        return agreement.parties().stream().allMatch(party -> party.governmentLevel() == null);
    }
}
