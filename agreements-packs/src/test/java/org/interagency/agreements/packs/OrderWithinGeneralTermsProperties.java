package org.interagency.agreements.packs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.TermBuilder;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioFinding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.packs.PackFixtures.edit;
import static org.interagency.agreements.packs.PackFixtures.party;

/**
 * The findings of {@code us-iaa.order-within-gtc} between the orders of a portfolio and the general
 * terms and conditions they name depend on which agreements the portfolio holds, never on their
 * order: the same findings, messages and fingerprints for every permutation.
 */
class OrderWithinGeneralTermsProperties {

    private static final AgreementValidator DEFAULTS = AgreementValidator.builder()
            .clock(Clock.fixed(PackFixtures.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
    private static final Agreement GTC = PackFixtures.example("blm-usace-ely-gtc.yaml");
    private static final Agreement ORDER = PackFixtures.example("blm-usace-economy-act-order.yaml");

    @Property(tries = 60)
    void theFindingsAreTheSameForEveryOrderOfThePortfolio(@ForAll("portfolios") List<Agreement> portfolio,
            @ForAll("permutations") List<Integer> permutationSeed) {
        List<Agreement> byId = new ArrayList<>(portfolio);
        byId.sort(Comparator.comparing(Agreement::id));
        List<Agreement> shuffled = permute(portfolio, permutationSeed);

        List<PortfolioFinding> expected = ruleFindings(byId);

        assertThat(ruleFindings(shuffled)).isEqualTo(expected);
        // Most portfolios have findings to keep in order, or the property would show little.
        Statistics.label("with findings").collect(!expected.isEmpty());
        Statistics.label("with findings").coverage(check -> check.check(true).percentage(p -> p >= 30));
    }

    private static List<PortfolioFinding> ruleFindings(List<Agreement> portfolio) {
        return DEFAULTS.validatePortfolio(portfolio).findings().stream()
                .filter(f -> f.ruleId().equals("us-iaa.order-within-gtc")).toList();
    }

    /** {@code agreements} in the order of the ranks {@code seed} gives (a permutation of 0..n-1 read modulo n). */
    private static List<Agreement> permute(List<Agreement> agreements, List<Integer> seed) {
        List<Agreement> left = new ArrayList<>(agreements);
        List<Agreement> out = new ArrayList<>();
        for (int i = 0; !left.isEmpty(); i++) {
            out.add(left.remove(Math.floorMod(seed.get(i % seed.size()), left.size())));
        }
        return out;
    }

    @Provide
    Arbitrary<List<Integer>> permutations() {
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(8);
    }

    /**
     * The example GT&amp;C, sometimes without it or with a second one, and one to five orders under
     * it, each shifted in time by up to two years either way, some with another servicing agency,
     * some naming GT&amp;C that are not there.
     */
    @Provide
    Arbitrary<List<Agreement>> portfolios() {
        Arbitrary<Agreement> order = Combinators.combine(
                Arbitraries.integers().between(-800, 800),
                Arbitraries.integers().between(0, 1500),
                Arbitraries.of(true, false, false),
                Arbitraries.of("blm-usace-ely-gtc", "blm-usace-ely-gtc", "blm-usace-reno-gtc"))
                .as(OrderWithinGeneralTermsProperties::order);
        Arbitrary<List<Agreement>> orders = order.list().ofMinSize(1).ofMaxSize(5)
                .map(list -> {
                    List<Agreement> numbered = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        numbered.add(edit(list.get(i)).id(ORDER.id() + "-" + i).build());
                    }
                    return numbered;
                });
        Arbitrary<List<Agreement>> terms = Arbitraries.of(List.of(GTC), List.of(), List.of(GTC,
                edit(GTC).id("blm-usace-reno-gtc").term(TermBuilder.builder(GTC.term())
                        .expires(LocalDate.of(2027, 9, 30)).build()).build()));
        return Combinators.combine(terms, orders).as((gtcs, list) -> {
            List<Agreement> all = new ArrayList<>(gtcs);
            all.addAll(list);
            return all;
        });
    }

    private static Agreement order(int shiftDays, int lengthDays, boolean otherServicing, String gtcId) {
        LocalDate start = ORDER.term().effective().plusDays(shiftDays);
        Agreement shifted = edit(ORDER).generalTerms(new AgreementVersion(gtcId, "1"))
                .term(TermBuilder.builder(ORDER.term()).effective(start).expires(start.plusDays(lengthDays)).build()).build();
        return otherServicing ? party(shifted, 1, p -> PartyBuilder.builder(p).agencyId("usace-spl").build()) : shifted;
    }
}
