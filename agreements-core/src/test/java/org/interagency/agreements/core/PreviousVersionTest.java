package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.versions.Change;
import org.interagency.agreements.versions.VersionComparison;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interagency.agreements.core.TestAgreements.floodMou;

/** A rule sees the comparison with the previous version when the caller gives that version. */
class PreviousVersionTest {

    /** Reports each material change of a renewal, as a renewal "without any change" rule would. */
    static final class MaterialChangeRule extends AbstractRule {
        MaterialChangeRule() {
            super("test.material-change", Severity.ERROR, Principle.FOUNDATIONS, "A renewal changes nothing material.");
        }

        @Override
        public void check(Agreement agreement, RuleContext context) {
            Optional<VersionComparison> previous = context.previousVersion();
            if (previous.isEmpty()) {
                context.notApplicable("no previous version given");
                return;
            }
            for (Change change : previous.get().material()) {
                context.report(change.currentLocation() != null ? change.currentLocation() : JsonPointer.root(),
                        "material change " + change, null);
            }
        }
    }

    private final AgreementValidator validator = AgreementValidator.builder().discoverRules(false)
            .addRule(new MaterialChangeRule()).build();

    private final Agreement first = floodMou().lineage(new Lineage("1", null, null)).build();
    private final Agreement renewal = floodMou().lineage(new Lineage("2", null, new AgreementVersion("harris-flood-mou", "1")))
            .status(org.interagency.agreements.AgreementStatus.IN_FORCE).build();

    @Test
    void aRuleSeesTheMaterialChangesOfARenewal() {
        Report report = validator.validate(renewal, first);

        assertThat(report.findingsOf("test.material-change")).singleElement().satisfies(finding -> {
            assertThat(finding.location()).isEqualTo(JsonPointer.of("status"));
            assertThat(finding.message()).isEqualTo("material change MATERIAL CHANGED /status: \"draft\" -> \"in-force\"");
        });
    }

    @Test
    void withoutAPreviousVersionTheRuleHasNothingToCompare() {
        assertThat(validator.validate(renewal).outcomeOf("test.material-change")).hasValueSatisfying(outcome ->
                assertThat(outcome.reason()).isEqualTo("no previous version given"));
    }

    @Test
    void aPreviousVersionOfAnotherAgreementIsAnError() {
        assertThatThrownBy(() -> validator.validate(renewal, floodMou().id("other-mou").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two different agreements");
    }
}
