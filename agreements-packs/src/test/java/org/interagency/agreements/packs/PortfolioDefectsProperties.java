package org.interagency.agreements.packs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.rules.PortfolioRule;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The testkit's defects of the packs' portfolio rules: a portfolio with the defect reports the rule
 * when its agreements are checked together with the default validator, and the portfolio it was
 * made from does not.
 */
class PortfolioDefectsProperties {

    private static final AgreementValidator DEFAULTS = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock()).build();

    @Property(tries = 100)
    void aDefectInjectedBetweenAgreementsIsADefectFound(@ForAll("portfolios") Tuple2<String, Defects.PortfolioInjection> defect) {
        assertThat(ruleIds(DEFAULTS.validatePortfolio(defect.get2().before()).findings())).doesNotContain(defect.get1());
        assertThat(ruleIds(DEFAULTS.validatePortfolio(defect.get2().after()).findings())).contains(defect.get1());
    }

    @Provide
    Arbitrary<Tuple2<String, Defects.PortfolioInjection>> portfolios() {
        return Arbitraries.of(List.copyOf(Defects.portfolioRuleIds()))
                .flatMap(id -> Defects.portfoliosOf(id).map(p -> Tuple.of(id, p)));
    }

    @Property(tries = 1)
    void everyPortfolioRuleOfAPackHasAGeneratorAndEveryGeneratorIsForOne() {
        Set<String> portfolioRules = PackDocumentsTest.packs().stream().flatMap(p -> p.rules().stream())
                .filter(rule -> rule instanceof PortfolioRule).map(Rule::id).collect(Collectors.toSet());

        assertThat(Defects.portfolioRuleIds()).isNotEmpty().containsExactlyInAnyOrderElementsOf(portfolioRules);
    }

    private static List<String> ruleIds(List<PortfolioFinding> findings) {
        return findings.stream().map(PortfolioFinding::ruleId).toList();
    }
}
