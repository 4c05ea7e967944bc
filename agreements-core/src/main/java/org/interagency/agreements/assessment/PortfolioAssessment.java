package org.interagency.agreements.assessment;

import org.apiguardian.api.API;
import org.interagency.agreements.rules.Principle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The collaboration assessment of a portfolio: the profile of every agreement, and for every
 * agency the weakest level of each principle across the agreements it is party to.
 *
 * @param agreements the assessment of each agreement, by agreement id, in the order given
 * @param agencies each agency's profile, by agency id, in the order first met
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PortfolioAssessment(Map<String, CollaborationAssessment> agreements, Map<String, AgencyProfile> agencies) {

    /**
     * Checks the parts and copies the maps, keeping their order.
     *
     * @param agreements the assessment of each agreement, by agreement id, in the order given
     * @param agencies each agency's profile, by agency id, in the order first met
     */
    public PortfolioAssessment {
        agreements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(agreements));
        agencies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
    }

    static PortfolioAssessment of(Map<String, CollaborationAssessment> byId, Map<String, List<String>> partyOf) {
        Map<String, AgencyProfile> agencies = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> agency : partyOf.entrySet()) {
            Map<Principle, DocumentedLevel> weakest = new LinkedHashMap<>();
            for (String agreementId : agency.getValue()) {
                for (PrincipleAssessment p : byId.get(agreementId).principles()) {
                    if (p.applicable()) {
                        weakest.merge(p.principle(), p.level(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                }
            }
            agencies.put(agency.getKey(), new AgencyProfile(agency.getKey(), agency.getValue(), weakest));
        }
        return new PortfolioAssessment(byId, agencies);
    }

    /**
     * One agency across a portfolio.
     *
     * @param agencyId the agency
     * @param agreementIds the agreements it is party to, in portfolio order
     * @param weakest for each principle applicable to at least one of them, the lowest level among
     *     them, in principle order
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record AgencyProfile(String agencyId, List<String> agreementIds, Map<Principle, DocumentedLevel> weakest) {

        /**
         * Checks the parts and copies the collections, keeping the principle order.
         *
         * @param agencyId the agency
         * @param agreementIds the agreements it is party to, in portfolio order
         * @param weakest for each principle applicable to at least one of them, the lowest level
         *     among them, in principle order
         */
        public AgencyProfile {
            Objects.requireNonNull(agencyId, "agencyId");
            agreementIds = List.copyOf(agreementIds);
            Map<Principle, DocumentedLevel> ordered = new LinkedHashMap<>();
            for (Principle principle : Principle.values()) {
                if (weakest.containsKey(principle)) {
                    ordered.put(principle, weakest.get(principle));
                }
            }
            weakest = java.util.Collections.unmodifiableMap(ordered);
        }

        /**
         * {@return the principles at the agency's lowest level, in principle order}
         */
        public List<Principle> weakestPrinciples() {
            DocumentedLevel min = weakest.values().stream().min(Enum::compareTo).orElse(null);
            List<Principle> principles = new ArrayList<>();
            weakest.forEach((principle, level) -> {
                if (level == min) {
                    principles.add(principle);
                }
            });
            return principles;
        }
    }
}
