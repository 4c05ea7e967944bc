package org.interagency.agreements.robustness;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.CriterionResult;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.assessment.Rubric;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.robustness.eager.EagerRubric;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assessment makes its evidence pointers when they are first read; what a reader sees is
 * what the assessment made eagerly before (the oracle in {@code eager}, a copy of that code):
 * the same assessment, the same pointers in the same order, in whatever order they are read, and
 * a list no one can change.
 */
class LazyEvidenceProperties {

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock())
            .build();
    private static final EagerRubric EAGER = new EagerRubric();

    @Provide
    Arbitrary<Agreement> agreements() {
        return Arbitraries.oneOf(AgreementArbitraries.agreements(),
                Arbitraries.of(List.copyOf(Defects.ruleIds())).flatMap(Defects::of));
    }

    @Property(tries = 300)
    void lazyEvidenceEqualsTheEagerOracle(@ForAll("agreements") Agreement agreement, @ForAll long seed) {
        Report report = VALIDATOR.validate(agreement);
        CollaborationAssessment lazy = Rubric.builtIn().assess(agreement, report, VALIDATOR);
        CollaborationAssessment eager = EAGER.assess(agreement, report, VALIDATOR);
        Random random = new Random(seed);
        for (PrincipleAssessment principle : eager.principles()) {
            for (CriterionResult expected : principle.results()) {
                CriterionResult actual = lazy.of(principle.principle()).result(expected.criterion().id());
                assertThat(actual).as(expected.criterion().id()).isNotNull();
                List<JsonPointer> evidence = actual.evidence();
                // Read in a random order first: a pointer made late is the pointer made early.
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < evidence.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, random);
                for (int i : order) {
                    assertThat(evidence.get(i)).as("%s evidence %d", expected.criterion().id(), i)
                            .isEqualTo(expected.evidence().get(i));
                }
                assertThat(evidence).as(expected.criterion().id()).containsExactlyElementsOf(expected.evidence());
                assertThat(evidence.toString()).isEqualTo(expected.evidence().toString());
                assertThat(evidence.hashCode()).isEqualTo(expected.evidence().hashCode());
                assertThatThrownBy(() -> evidence.add(JsonPointer.root())).isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(() -> evidence.removeIf(p -> false)).isInstanceOf(UnsupportedOperationException.class);
                assertThat(actual).isEqualTo(expected);
            }
            assertThat(lazy.of(principle.principle()).evidence()).isEqualTo(principle.evidence());
        }
        assertThat(lazy).isEqualTo(eager);
        assertThat(lazy.toString()).isEqualTo(eager.toString());
    }
}
