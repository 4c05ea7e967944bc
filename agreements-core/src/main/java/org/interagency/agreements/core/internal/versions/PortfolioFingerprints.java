package org.interagency.agreements.core.internal.versions;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.ElementKeys;
import org.interagency.agreements.core.PortfolioFinding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The fingerprints of the findings between the agreements of one portfolio, as
 * {@code docs/versions.md} specifies them: from the rule id and, for each location, the
 * agreement's id and the key path of the place in it. Neither the order of the agreements nor the
 * order of the lists inside them enters it. Not safe for several threads at once: each takes its
 * own ({@link #forAnotherThread()}).
 */
@API(status = INTERNAL, since = "0.1")
public final class PortfolioFingerprints {

    // Only read once made, so that several instances may share it.
    private final Map<String, Agreement> agreements;
    // One per agreement, made when a finding first names it: it remembers the keys of the lists
    // it has walked, which most findings in one agreement share.
    private final Map<String, ElementKeys> keys = new HashMap<>();
    private final Fingerprints fingerprints = new Fingerprints();

    /** The fingerprints of findings between {@code portfolio}'s agreements (each has a distinct id). */
    public PortfolioFingerprints(List<Agreement> portfolio) {
        Map<String, Agreement> byId = new HashMap<>();
        for (Agreement agreement : portfolio) {
            byId.put(agreement.id(), agreement);
        }
        this.agreements = byId;
    }

    private PortfolioFingerprints(Map<String, Agreement> agreements) {
        this.agreements = agreements;
    }

    /**
     * {@return fingerprints of the same portfolio's findings, for another thread: they share the
     * agreements by id, which only this one's constructor wrote, and nothing else}
     */
    public PortfolioFingerprints forAnotherThread() {
        return new PortfolioFingerprints(agreements);
    }

    /** {@code finding} with its fingerprint. */
    public PortfolioFinding stamp(PortfolioFinding finding) {
        List<String> places = new ArrayList<>(finding.related().size() + 1);
        places.add(place(finding.location()));
        for (AgreementLocation related : finding.related()) {
            places.add(place(related));
        }
        return finding.withFingerprint(fingerprints.portfolioFingerprint(finding.ruleId(), places));
    }

    /** {@code agreement-id#key-path}; a location in no agreement of the portfolio keeps its pointer. */
    private String place(AgreementLocation location) {
        Agreement agreement = agreements.get(location.agreementId());
        String keyPath = agreement == null ? location.pointer().toString()
                : keys.computeIfAbsent(location.agreementId(), id -> ElementKeys.of(agreement))
                        .keyPath(location.pointer()).toString();
        return location.agreementId() + "#" + keyPath;
    }
}
