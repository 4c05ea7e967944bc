package org.interagency.agreements.core.internal.roles;

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
import org.interagency.agreements.DateRange;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.core.PortfolioReport;
import org.interagency.agreements.core.TestAgreements;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portfolio checked on several threads (its agreements, and its check between agreements one
 * top-level scope segment at a time) gives the report it gives on one.
 */
class PortfolioThreadsProperties {

    private static final AgreementValidator[] BY_THREADS = {
        AgreementValidator.builder().portfolioThreads(1).build(),
        AgreementValidator.builder().portfolioThreads(2).build(),
        AgreementValidator.builder().portfolioThreads(3).build(),
    };

    @Provide
    Arbitrary<List<Agreement>> portfolios() {
        // Scopes under five top-level segments, so that the split has parts to make, and below
        // them the two-letter alphabet of RandomAgreements, so that nested scopes are common.
        Arbitrary<ScopePath> scopes = Combinators.combine(Arbitraries.of("a", "b", "c", "d", "e"),
                Arbitraries.of("a", "b").list().ofMaxSize(3)).as((top, rest) -> {
                    List<String> segments = new ArrayList<>(List.of(top));
                    segments.addAll(rest);
                    return new ScopePath(segments);
                });
        Arbitrary<AgreementBuilder> agreements = Combinators.combine(RandomAgreements.terms(),
                RandomAgreements.assignments().list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(8),
                scopes.list().ofSize(8)).as((term, lists, scopePaths) -> {
                    List<Responsibility> responsibilities = new ArrayList<>();
                    for (int r = 0; r < lists.size(); r++) {
                        responsibilities.add(new Responsibility("r" + r, scopePaths.get(r), "Work " + r + ".", lists.get(r)));
                    }
                    var builder = TestAgreements.floodMou().parties(List.of()).term(term).responsibilities(responsibilities);
                    for (String agency : RandomAgreements.AGENCIES) {
                        builder.addParties(TestAgreements.party(agency, "Agency " + agency, "x"));
                    }
                    return builder;
                });
        return agreements.list().ofMinSize(2).ofMaxSize(6).map(builders -> {
                    List<Agreement> portfolio = new ArrayList<>();
                    for (int i = 0; i < builders.size(); i++) {
                        // Ids out of list order, so that the report's order is not the list's.
                        portfolio.add(builders.get(i).id("mou-" + (builders.size() - i) % builders.size()).build());
                    }
                    return portfolio;
                });
    }

    @Property(tries = 200)
    void aPortfolioReportIsTheSameOnOneTwoAndThreeThreads(@ForAll("portfolios") List<Agreement> portfolio) {
        PortfolioReport one = BY_THREADS[0].validatePortfolio(portfolio);
        Statistics.label("between").collect(one.findings().isEmpty() ? "none" : one.findings().size() < 5 ? "1-4" : "5+");

        assertThat(BY_THREADS[1].validatePortfolio(portfolio)).isEqualTo(one);
        assertThat(BY_THREADS[2].validatePortfolio(portfolio)).isEqualTo(one);
        // The findings in order, as a report prints them: equal records could still print apart
        // if a part were lost from equality.
        assertThat(BY_THREADS[1].validatePortfolio(portfolio).findings().toString()).isEqualTo(one.findings().toString());
        Statistics.label("between").coverage(coverage -> coverage.check("none").percentage(p -> p < 60));
    }

    @Property(tries = 300)
    void theCheckSplitBySubtreeFindsThePairsOfAPairwiseOracle(@ForAll("portfolios") List<Agreement> portfolio) {
        List<PortfolioFinding> findings = PortfolioOverlaps.find(portfolio, Severity.ERROR, 2);

        Set<Set<AgreementLocation>> found = findings.stream()
                .map(f -> Set.of(f.location(), f.related().get(0))).collect(Collectors.toSet());
        assertThat(found).hasSameSizeAs(findings).isEqualTo(pairsBetweenAgreements(portfolio));
    }

    /** Every pair of accountable assignments of different agencies, in two agreements, that overlap, compared one by one. */
    private static Set<Set<AgreementLocation>> pairsBetweenAgreements(List<Agreement> portfolio) {
        Set<Set<AgreementLocation>> pairs = new HashSet<>();
        for (int i = 0; i < portfolio.size(); i++) {
            for (int j = i + 1; j < portfolio.size(); j++) {
                for (AgreementLocation x : accountable(portfolio.get(i))) {
                    for (AgreementLocation y : accountable(portfolio.get(j))) {
                        if (overlap(portfolio.get(i), x.pointer(), portfolio.get(j), y.pointer())) {
                            pairs.add(Set.of(x, y));
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private static List<AgreementLocation> accountable(Agreement agreement) {
        List<AgreementLocation> locations = new ArrayList<>();
        List<Responsibility> rs = agreement.responsibilities();
        for (int r = 0; r < rs.size(); r++) {
            for (int a = 0; a < rs.get(r).assignments().size(); a++) {
                if (rs.get(r).assignments().get(a).role() == RaciRole.ACCOUNTABLE) {
                    locations.add(new AgreementLocation(agreement.id(), JsonPointer.of("responsibilities", r, "assignments", a)));
                }
            }
        }
        return locations;
    }

    private static boolean overlap(Agreement first, JsonPointer at, Agreement second, JsonPointer other) {
        Responsibility ri = first.responsibilities().get(Integer.parseInt(at.tokens().get(1)));
        Responsibility rj = second.responsibilities().get(Integer.parseInt(other.tokens().get(1)));
        Assignment x = ri.assignments().get(Integer.parseInt(at.tokens().get(3)));
        Assignment y = rj.assignments().get(Integer.parseInt(other.tokens().get(3)));
        boolean places = x.jurisdiction() == null || y.jurisdiction() == null || x.jurisdiction().overlaps(y.jurisdiction());
        DateRange px = x.period() == null ? term(first) : x.period();
        DateRange py = y.period() == null ? term(second) : y.period();
        return !x.agencyId().equals(y.agencyId()) && ri.scope().overlaps(rj.scope()) && places && px.intersects(py);
    }

    private static DateRange term(Agreement agreement) {
        return agreement.term().isChronological() ? agreement.term().period() : DateRange.from(agreement.term().effective());
    }
}
