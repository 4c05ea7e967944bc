package org.interagency.agreements.packs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;
import org.interagency.agreements.testkit.Defects.Injection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.testkit.AgreementAssertions.assertThat;

/**
 * The testkit's agreements that satisfy a pack ({@link AgreementArbitraries#satisfying(String)}),
 * checked with the real packs: each pack governs them and none of its rules reports on them; and
 * each defect of a pack's rule is injected into such an agreement, and found. (That the rule broken
 * is the only rule of its pack that fires, for the packs where it is, is {@link
 * PackInjectionProperties}'s.)
 */
class PackSatisfactionProperties {

    /** The packs of this module, by id, as the engine finds them (the principles' pack is the engine's). */
    private static final Map<String, RulePack> LEGAL_PACKS = PackDocumentsTest.packs().stream()
            .filter(p -> !p.id().equals(RulePack.PRINCIPLES))
            .collect(Collectors.toMap(RulePack::id, Function.identity()));

    /** Runs the packs the agreement claims, with the clock the generated agreements are valid at. */
    private static final AgreementValidator DEFAULTS = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock()).build();

    @Property(tries = 1)
    void everyLegalPackHasAGeneratorOfAgreementsThatSatisfyIt() {
        assertThat(LEGAL_PACKS).hasSize(6);
        assertThat(AgreementArbitraries.satisfiablePackIds()).isEqualTo(new TreeSet<>(LEGAL_PACKS.keySet()));
    }

    @Property(tries = 300)
    void eachPackGovernsItsSatisfyingAgreementsAndReportsNothingOnThem(
            @ForAll("satisfying") Tuple2<String, Agreement> satisfying) {
        RulePack pack = LEGAL_PACKS.get(satisfying.get1());
        Agreement agreement = satisfying.get2();

        assertThat(pack.applicability(agreement).applies()).as(pack.applicability(agreement).reason()).isTrue();
        assertThat(agreement.claims()).containsExactly(pack.id());
        Report report = DEFAULTS.validate(agreement);
        assertThat(findingsOfPack(report, pack)).isEmpty();
        // Governed, so its rules ran, and at least one of them passed.
        for (Rule rule : pack.rules()) {
            assertThat(report.outcomeOf(rule.id())).as(rule.id()).isPresent().get()
                    .satisfies(o -> assertThat(o.outcome()).isIn(Outcome.PASSED, Outcome.NOT_APPLICABLE, Outcome.UNKNOWN));
        }
        assertThat(pack.rules()).anySatisfy(rule -> assertThat(report.outcomeOf(rule.id()).orElseThrow().outcome())
                .isEqualTo(Outcome.PASSED));
    }

    @Provide
    Arbitrary<Tuple2<String, Agreement>> satisfying() {
        return Arbitraries.of(List.copyOf(new TreeSet<>(LEGAL_PACKS.keySet())))
                .flatMap(id -> AgreementArbitraries.satisfying(id).map(a -> Tuple.of(id, a)));
    }

    @Property(tries = 400)
    void everyPackDefectIsInjectedIntoAnAgreementThatSatisfiesThePackAndIsFound(
            @ForAll("injections") Tuple2<String, Injection> injection) {
        String ruleId = injection.get1();
        RulePack pack = LEGAL_PACKS.get(Defects.pack(ruleId).orElseThrow());
        Agreement before = injection.get2().before();

        assertThat(pack.applicability(before).applies()).as(ruleId).isTrue();
        assertThat(findingsOfPack(DEFAULTS.validate(before), pack)).as(ruleId + ", before").isEmpty();
        assertThat(DEFAULTS.validate(injection.get2().after())).hasFinding(ruleId);
    }

    @Provide
    Arbitrary<Tuple2<String, Injection>> injections() {
        return Arbitraries.of(List.copyOf(PackDefectsProperties.packDefects()))
                .flatMap(id -> Defects.injections(id).map(i -> Tuple.of(id, i)));
    }

    private static List<Finding> findingsOfPack(Report report, RulePack pack) {
        Set<String> ids = pack.rules().stream().map(Rule::id).collect(Collectors.toSet());
        return report.findings().stream().filter(f -> ids.contains(f.ruleId())).toList();
    }
}
