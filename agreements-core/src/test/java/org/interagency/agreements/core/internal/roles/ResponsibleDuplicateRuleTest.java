package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.RaciRole.RESPONSIBLE;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMouWith;
import static org.interagency.agreements.core.TestAgreements.responsibility;

class ResponsibleDuplicateRuleTest {

    private final ResponsibleDuplicateRule rule = new ResponsibleDuplicateRule();

    @Test
    void warnsWhenTwoResponsibilitiesOnTheSameScopeMakeDifferentAgenciesResponsible() {
        Agreement agreement = floodMouWith(
                responsibility("sandbags", "emergency/flood/sandbags", assign("county-oem", RESPONSIBLE, "us/tx")),
                responsibility("sandbag-supply", "emergency/flood/sandbags", assign("state-dem", RESPONSIBLE)));

        List<Finding> findings = Check.findings(rule, agreement);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.location()).isEqualTo(JsonPointer.parse("/responsibilities/1/assignments/0"));
            assertThat(finding.related()).containsExactly(JsonPointer.parse("/responsibilities/0/assignments/0"));
            assertThat(finding.message()).isEqualTo("agencies \"state-dem\" and \"county-oem\" are both responsible for"
                    + " emergency/flood/sandbags in us/tx from 2026-01-01 to 2028-12-31"
                    + " (responsibilities \"sandbag-supply\" and \"sandbags\"): the work may be done twice");
        });
    }

    @Test
    void acceptsAgenciesSharingTheWorkOfOneResponsibility() {
        Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                assign("county-oem", RESPONSIBLE), assign("state-dem", RESPONSIBLE)));

        assertThat(Check.findings(rule, agreement)).isEmpty();
    }

    @Test
    void acceptsResponsibilitiesOnNestedButDifferentScopes() {
        Agreement agreement = floodMouWith(
                responsibility("flood", "emergency/flood", assign("state-dem", RESPONSIBLE)),
                responsibility("sandbags", "emergency/flood/sandbags", assign("county-oem", RESPONSIBLE)));

        assertThat(Check.findings(rule, agreement)).isEmpty();
    }
}
