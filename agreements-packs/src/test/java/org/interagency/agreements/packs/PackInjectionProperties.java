package org.interagency.agreements.packs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;
import org.interagency.agreements.testkit.Defects.Injection;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.testkit.AgreementAssertions.assertThat;

/**
 * A defect injected is a defect found, and was not there before: for every rule of a legal pack
 * with a defect generator, the rule fires on the agreement with the defect and not on the same
 * agreement before the injection. The defects of the packs in {@link #WHOLE} start from an
 * agreement that claims and satisfies the whole pack, and break it so that the rule broken is the
 * only rule of the pack that fires.
 */
class PackInjectionProperties {

    /** The packs whose defects are injected into an agreement that satisfies every rule of the pack. */
    static final Set<String> WHOLE = Set.of(UsComputerMatchingPack.ID, UsHipaaPack.ID, UsInteragencyAcquisitionPack.ID);

    private static final int SAMPLES = 15;

    private static final AgreementValidator DEFAULTS = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock()).build();

    @Property(tries = 200)
    void theRuleFiresAfterTheInjectionAndNotBefore(@ForAll("injections") Tuple2<String, Injection> injection) {
        String ruleId = injection.get1();

        assertThat(DEFAULTS.validate(injection.get2().before())).hasNoFindingOf(ruleId);
        assertThat(DEFAULTS.validate(injection.get2().after())).hasFinding(ruleId);
    }

    @Provide
    Arbitrary<Tuple2<String, Injection>> injections() {
        return Arbitraries.of(List.copyOf(PackDefectsProperties.packDefects()))
                .flatMap(id -> Defects.injections(id).map(i -> Tuple.of(id, i)));
    }

    @Example
    void eachDefectOfAWholePackBreaksAnAgreementThatSatisfiesThePackAndOnlyItsRuleFires() {
        List<RulePack> packs = PackDocumentsTest.packs().stream().filter(p -> WHOLE.contains(p.id())).toList();
        assertThat(packs).hasSameSizeAs(WHOLE);
        for (RulePack pack : packs) {
            Set<String> packRules = pack.rules().stream().map(Rule::id).collect(Collectors.toSet());
            for (Rule rule : pack.rules()) {
                if (Defects.versionRuleIds().contains(rule.id())) {
                    continue; // compares two versions: RenewalProperties checks its generator
                }
                if (Defects.portfolioRuleIds().contains(rule.id())) {
                    continue; // checks a portfolio: PortfolioDefectsProperties checks its generator
                }
                Defects.injections(rule.id()).sampleStream().limit(SAMPLES).forEach(injection -> {
                    String what = rule.id() + " on " + injection.after().id();
                    assertThat(injection.before().claims()).as(what).contains(pack.id());
                    assertThat(pack.applicability(injection.before()).applies()).as(what).isTrue();
                    assertThat(ruleIdsOf(DEFAULTS.validate(injection.before()).findings(), packRules)).as(what + ", before")
                            .isEmpty();
                    assertThat(ruleIdsOf(DEFAULTS.validate(injection.after()).findings(), packRules)).as(what + ", after")
                            .containsExactly(rule.id());
                });
            }
        }
    }

    /** The distinct ids of the findings' rules that are among {@code ruleIds}. */
    private static List<String> ruleIdsOf(List<Finding> findings, Set<String> ruleIds) {
        return findings.stream().map(Finding::ruleId).filter(ruleIds::contains).distinct().toList();
    }
}
