package org.interagency.agreements.core;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMou;
import static org.interagency.agreements.core.TestAgreements.responsibility;

/**
 * The fingerprints of findings between agreements identify them by the rule and the elements
 * concerned: not by the order of the agreements in the portfolio, nor by the order of the lists in
 * them, nor by what else the portfolio holds.
 */
class PortfolioFingerprintProperties {

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder().build();

    @Property(tries = 100)
    void fingerprintsAreUnchangedByShufflingAgreementsAndTheirLists(@ForAll("portfolios") List<Agreement> portfolio,
            @ForAll Random random) {
        List<Agreement> shuffled = new ArrayList<>();
        for (Agreement agreement : portfolio) {
            List<Responsibility> responsibilities = new ArrayList<>();
            for (Responsibility r : agreement.responsibilities()) {
                List<Assignment> assignments = new ArrayList<>(r.assignments());
                Collections.shuffle(assignments, random);
                responsibilities.add(new Responsibility(r.id(), r.scope(), r.description(), assignments));
            }
            Collections.shuffle(responsibilities, random);
            shuffled.add(AgreementBuilder.builder(agreement).responsibilities(responsibilities).build());
        }
        Collections.shuffle(shuffled, random);

        List<String> before = fingerprints(portfolio);
        Statistics.label("findings between agreements").collect(!before.isEmpty())
                .coverage(coverage -> coverage.check(true).percentage(p -> p > 30));
        assertThat(fingerprints(shuffled)).isEqualTo(before);
    }

    @Property(tries = 100)
    void fingerprintsAreUnchangedByInsertingAnUnrelatedAgreementOrResponsibility(
            @ForAll("portfolios") List<Agreement> portfolio, @ForAll Random random) {
        // fema alone is accountable for vaccination, in both places: an agency never overlaps itself.
        Responsibility vaccination = responsibility("vaccination", "health/vaccination", assign("fema", RaciRole.ACCOUNTABLE));
        List<Agreement> larger = new ArrayList<>(portfolio);
        int into = random.nextInt(larger.size());
        List<Responsibility> responsibilities = new ArrayList<>(larger.get(into).responsibilities());
        responsibilities.add(random.nextInt(responsibilities.size() + 1), vaccination);
        larger.set(into, AgreementBuilder.builder(larger.get(into)).responsibilities(responsibilities).build());
        larger.add(random.nextInt(larger.size() + 1), floodMou().id("health-mou").responsibilities(List.of(vaccination)).build());

        assertThat(fingerprints(larger)).isEqualTo(fingerprints(portfolio));
    }

    @Property(tries = 100)
    void distinctFindingsBetweenAgreementsHaveDistinctFingerprints(@ForAll("portfolios") List<Agreement> portfolio) {
        List<PortfolioFinding> findings = VALIDATOR.validatePortfolio(portfolio).findings();

        assertThat(findings).allSatisfy(finding -> assertThat(finding.fingerprint()).matches("[0-9a-f]{32}"));
        assertThat(new HashSet<>(fingerprints(portfolio))).hasSameSizeAs(findings);
    }

    /** The sorted fingerprints of the findings between the agreements of {@code portfolio}. */
    private static List<String> fingerprints(List<Agreement> portfolio) {
        return VALIDATOR.validatePortfolio(portfolio).findings().stream().map(PortfolioFinding::fingerprint).sorted().toList();
    }

    /**
     * Two to four agreements ({@code mou-0}, ...), each with one to four responsibilities on a few
     * nested scopes, whose assignments make the three parties accountable or responsible in a few
     * nested jurisdictions: overlaps between agreements are common. Within one responsibility no
     * assignment is written twice (a duplicate's key depends on its position, as documented).
     */
    @Provide
    Arbitrary<List<Agreement>> portfolios() {
        Arbitrary<Assignment> assignment = Combinators.combine(Arbitraries.of("county-oem", "state-dem", "fema"),
                Arbitraries.of(RaciRole.ACCOUNTABLE, RaciRole.RESPONSIBLE), Arbitraries.of("", "us/tx", "us/tx/harris-county"))
                .as((agency, role, jurisdiction) -> jurisdiction.isEmpty() ? assign(agency, role) : assign(agency, role, jurisdiction));
        Arbitrary<Responsibility> responsibility = Combinators.combine(
                Arbitraries.of("emergency/flood", "emergency/flood/evacuation", "emergency/fire"),
                assignment.list().ofMinSize(1).ofMaxSize(3).uniqueElements())
                .as((scope, assignments) -> responsibility("r", scope, assignments.toArray(Assignment[]::new)));
        Arbitrary<List<Responsibility>> responsibilities = responsibility.list().ofMinSize(1).ofMaxSize(4).map(list -> {
            List<Responsibility> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Responsibility r = list.get(i);
                named.add(new Responsibility("r" + i, r.scope(), r.description(), r.assignments()));
            }
            return named;
        });
        return responsibilities.list().ofMinSize(2).ofMaxSize(4).map(lists -> {
            List<Agreement> agreements = new ArrayList<>();
            for (int i = 0; i < lists.size(); i++) {
                agreements.add(floodMou().id("mou-" + i).responsibilities(lists.get(i)).build());
            }
            return agreements;
        });
    }
}
