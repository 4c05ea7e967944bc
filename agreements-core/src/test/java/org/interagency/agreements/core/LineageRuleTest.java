package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.TestAgreements.floodMou;

/** versions.lineage: a version supersedes or renews an earlier version, not itself or a later one. */
class LineageRuleTest {

    private final AgreementValidator validator = AgreementValidator.builder().build();

    @Test
    void aVersionThatSupersedesItselfIsReported() {
        Agreement agreement = floodMou().lineage(new Lineage("2", new AgreementVersion("harris-flood-mou", "2.0"), null)).build();

        assertThat(validator.validate(agreement).findingsOf("versions.lineage")).singleElement().satisfies(finding -> {
            assertThat(finding.location()).isEqualTo(JsonPointer.of("lineage", "supersedes"));
            assertThat(finding.message()).isEqualTo("version \"2\" of the agreement supersedes itself (version \"2.0\")");
        });
    }

    @Test
    void aRenewalOfALaterVersionIsReported() {
        Agreement agreement = floodMou().lineage(new Lineage("2", null, new AgreementVersion("harris-flood-mou", "10"))).build();

        assertThat(validator.validate(agreement).findingsOf("versions.lineage")).extracting(Finding::message)
                .containsExactly("version \"2\" of the agreement renews a later version of itself (version \"10\")");
    }

    @Test
    void anEarlierVersionOrAnotherAgreementIsFine() {
        Agreement amendment = floodMou().lineage(new Lineage("2", new AgreementVersion("harris-flood-mou", "1"),
                new AgreementVersion("harris-flood-mou-2020", "7"))).build();

        assertThat(validator.validate(amendment).findingsOf("versions.lineage")).isEmpty();
    }
}
