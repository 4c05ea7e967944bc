package org.interagency.agreements.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interagency.agreements.testkit.AgreementAssertions.assertThat;

/**
 * For every rule and its defect generator: over {@value #TRIES} generated agreements, the rule
 * fires, and no rule fires but it and its companions.
 */
class DefectsTest {

    private static final int TRIES = 30;

    @Test
    void portfolioRuleIdsAreInAlphabeticalOrderAndCannotBeChanged() {
        assertThat(List.copyOf(Defects.portfolioRuleIds())).containsExactly("us-iaa.order-within-gtc");
        assertThatThrownBy(() -> Defects.portfolioRuleIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Defects.portfoliosOf("us-iaa.delivery")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("us-iaa.order-within-gtc");
    }

    @Test
    void versionRuleIdsAreInAlphabeticalOrderAndCannotBeChanged() {
        assertThat(List.copyOf(Defects.versionRuleIds())).isNotEmpty().isSorted()
                .contains("us-cma.renewal-without-change");
        assertThatThrownBy(() -> Defects.versionRuleIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyDiscoveredRuleHasADefectGenerator() {
        Set<String> discovered = discoveredRuleIds();
        assertThat(discovered).as("rules found with ServiceLoader").hasSizeGreaterThan(40);
        assertThat(Defects.ruleIds()).containsAll(discovered);
        assertThat(principleRuleIds()).isEqualTo(discovered);
    }

    @Test
    void everyDefectGeneratorBelongsToADiscoveredRule() {
        assertThat(discoveredRuleIds()).containsAll(principleRuleIds());
    }

    @Test
    void unknownRuleIdsAreRejectedWithTheKnownOnesListed() {
        assertThatThrownBy(() -> Defects.of("roles.acountable-overlap"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no defect generator for rule \"roles.acountable-overlap\"; there are generators for ")
                .hasMessageContaining("roles.accountable-overlap");
    }

    @TestFactory
    Stream<DynamicTest> eachDefectMakesItsRuleFireAndOnlyIt() {
        return principleRuleIds().stream().map(ruleId -> DynamicTest.dynamicTest(ruleId, () -> {
            Set<String> allowed = new TreeSet<>(Defects.companions(ruleId));
            allowed.add(ruleId);
            for (Agreement agreement : sample(Defects.of(ruleId), ruleId.hashCode())) {
                Report report = Validators.AT_REFERENCE_DATE.validate(agreement);
                assertThat(report).as("%s on %s", ruleId, agreement.id())
                        .hasFinding(ruleId)
                        .and()
                        .hasOnlyFindingsOf(allowed.toArray(String[]::new));
            }
        }));
    }

    @Test
    void theDefectsOfAPackRuleClaimThePackAndAreOfTheKindItGoverns() {
        assertThat(Defects.pack("term.matching-duration")).contains("us-cma");
        assertThat(Defects.pack("roles.accountable-overlap")).isEmpty();
        for (Agreement agreement : sample(Defects.of("us-cma.verification"), 7)) {
            assertThat(agreement.claims()).containsExactly("us-cma");
            assertThat(agreement.kind()).isEqualTo(AgreementKind.COMPUTER_MATCHING_AGREEMENT);
        }
        assertThat(Defects.pack("eu-gdpr.processor-audits")).contains("eu-gdpr");
        assertThat(Defects.pack("uk-ico.lawful-basis-recorded")).contains("uk-ico-dsa");
        for (Agreement agreement : sample(Defects.of("us-emac.resources"), 7)) {
            assertThat(agreement.claims()).containsExactly("us-emac");
            assertThat(agreement.kind()).isEqualTo(AgreementKind.MUTUAL_AID);
        }
        for (Agreement agreement : sample(Defects.of("us-iaa.delivery"), 7)) {
            assertThat(agreement.claims()).containsExactly("us-iaa");
            assertThat(agreement.kind()).isEqualTo(AgreementKind.INTERAGENCY_AGREEMENT);
        }
    }

    @TestFactory
    Stream<DynamicTest> anInjectionPairsTheDefectiveAgreementWithTheValidOneItWasMadeFrom() {
        return principleRuleIds().stream().map(ruleId -> DynamicTest.dynamicTest(ruleId, () -> {
            List<Agreement> defective = sample(Defects.of(ruleId), ruleId.hashCode());
            List<Defects.Injection> injections = sample(Defects.injections(ruleId), ruleId.hashCode());
            for (int i = 0; i < injections.size(); i++) {
                Defects.Injection injection = injections.get(i);
                assertThat(injection.after()).as(ruleId).isEqualTo(defective.get(i));
                if (ruleId.equals("parties.too-few")) {
                    // Generated with a single party, not edited: there is no agreement before.
                    assertThat(injection.before()).isEqualTo(injection.after());
                } else {
                    assertThat(Validators.AT_REFERENCE_DATE.validate(injection.before())).as("%s before", ruleId).isClean();
                }
            }
        }));
    }

    /** The rules of the principles with a defect generator (the packs' are checked in agreements-packs). */
    static Set<String> principleRuleIds() {
        return Defects.ruleIds().stream().filter(id -> Defects.pack(id).isEmpty())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    static Set<String> discoveredRuleIds() {
        Set<String> ids = new TreeSet<>();
        for (Rule rule : ServiceLoader.load(Rule.class)) {
            ids.add(rule.id());
        }
        ids.add(Finding.BEAN_VALIDATION_RULE_ID);
        return ids;
    }

    /** {@value #TRIES} values of {@code arbitrary}, the same on every run. */
    static <T> List<T> sample(Arbitrary<T> arbitrary, long seed) {
        List<T> values = new ArrayList<>();
        JqwikSession.run(() -> {
            RandomGenerator<T> generator = arbitrary.generator(TRIES);
            Random random = new Random(seed);
            for (int i = 0; i < TRIES; i++) {
                values.add(generator.next(random).value());
            }
        });
        return values;
    }
}
