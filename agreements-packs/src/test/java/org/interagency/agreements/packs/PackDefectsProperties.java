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
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.testkit.AgreementAssertions.assertThat;

/**
 * The testkit's defects of the legal packs' rules: an agreement with a rule's defect, which
 * claims the rule's pack, reports that rule with the default validator (the pack is found as a
 * service and runs because it is claimed).
 */
class PackDefectsProperties {

    private static final AgreementValidator DEFAULTS = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock()).build();

    static Set<String> packDefects() {
        return Defects.ruleIds().stream().filter(id -> Defects.pack(id).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Property(tries = 150)
    void aDefectInjectedIsADefectFound(@ForAll("defects") Tuple2<String, Agreement> defect) {
        assertThat(DEFAULTS.validate(defect.get2())).hasFinding(defect.get1());
    }

    @Provide
    Arbitrary<Tuple2<String, Agreement>> defects() {
        return Arbitraries.of(List.copyOf(packDefects())).flatMap(id -> Defects.of(id).map(a -> Tuple.of(id, a)));
    }

    @Property(tries = 1)
    void everyPackDefectNamesARuleOfItsPack() {
        Set<String> packRules = PackDocumentsTest.packs().stream().flatMap(p -> p.rules().stream()).map(Rule::id)
                .collect(Collectors.toSet());

        assertThat(packDefects()).isNotEmpty().allSatisfy(id -> assertThat(packRules).contains(id));
    }
}
