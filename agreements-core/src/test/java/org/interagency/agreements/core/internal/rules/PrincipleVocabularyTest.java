package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Rule;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule ids' areas, the principles' ids and the configuration's pack names are one vocabulary. */
class PrincipleVocabularyTest {

    /** The areas of the rules that serve {@link Principle#FOUNDATIONS}, which has no area of its own. */
    private static final Set<String> FOUNDATION_AREAS = Set.of("parties", "refs", "term", "text", "versions");

    @Test
    void everyBuiltInRuleIdBeginsWithItsPrinciplesId() {
        for (Rule rule : AgreementValidator.builder().discoverRules(true).build().rules()) {
            if (!rule.getClass().getName().startsWith("org.interagency.agreements.core.")) {
                continue; // a rule on the test class path from elsewhere
            }
            String area = rule.id().substring(0, rule.id().indexOf('.'));
            if (rule.principle() == Principle.FOUNDATIONS) {
                assertThat(FOUNDATION_AREAS).as(rule.id()).contains(area);
            } else {
                assertThat(area).as(rule.id()).isEqualTo(rule.principle().id());
            }
        }
    }

    @Test
    void findsAPrincipleByItsIdAndSuggestsTheNearestForATypo() {
        assertThat(Principle.ofId("roles")).isEqualTo(Principle.ROLES_AND_RESPONSIBILITIES);
        assertThat(Principle.ofId("foundations")).isEqualTo(Principle.FOUNDATIONS);
        assertThatThrownBy(() -> Principle.ofId("rolse"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"rolse\"").hasMessageContaining("did you mean \"roles\"?");
    }

    @Test
    void principleIdsAreDistinct() {
        assertThat(Set.of(Principle.values()).stream().map(Principle::id).distinct().count())
                .isEqualTo(Principle.values().length);
    }
}
