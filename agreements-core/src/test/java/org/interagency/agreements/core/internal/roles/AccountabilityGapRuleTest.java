package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.RaciRole.ACCOUNTABLE;
import static org.interagency.agreements.RaciRole.RESPONSIBLE;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMouWith;
import static org.interagency.agreements.core.TestAgreements.responsibility;

class AccountabilityGapRuleTest {

    private final AccountabilityGapRule rule = new AccountabilityGapRule();

    @Test
    void reportsAResponsibilityWithNoAccountableAgencyAtAll() {
        Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                assign("county-oem", RESPONSIBLE)));

        List<Finding> findings = Check.findings(rule, agreement);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.location()).isEqualTo(JsonPointer.parse("/responsibilities/0"));
            assertThat(finding.message()).isEqualTo("no agency is accountable for responsibility \"sandbags\""
                    + " (emergency/flood/sandbags) in the agreement's whole territory for the whole term");
        });
    }

    @Test
    void countsAccountabilityInheritedFromAnEnclosingScope() {
        Agreement agreement = floodMouWith(
                responsibility("flood", "emergency/flood", assign("state-dem", ACCOUNTABLE)),
                responsibility("sandbags", "emergency/flood/sandbags", assign("county-oem", RESPONSIBLE)));

        assertThat(Check.findings(rule, agreement)).isEmpty();
    }

    @Test
    void doesNotCountAccountabilityForANarrowerScope() {
        Agreement agreement = floodMouWith(
                responsibility("flood", "emergency/flood", assign("state-dem", RESPONSIBLE)),
                responsibility("sandbags", "emergency/flood/sandbags", assign("county-oem", ACCOUNTABLE)));

        assertThat(Check.findings(rule, agreement)).extracting(Finding::location)
                .containsExactly(JsonPointer.parse("/responsibilities/0"));
    }

    @Test
    void namesTheStretchesOfTheTermWithoutAnAccountableAgency() {
        Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                assign("county-oem", RESPONSIBLE),
                assign("state-dem", ACCOUNTABLE, null, "2026-03-01", "2026-12-31"),
                assign("fema", ACCOUNTABLE, null, "2027-01-01", "2027-06-30")));

        assertThat(Check.findings(rule, agreement)).extracting(Finding::message).containsExactly(
                "no agency is accountable for responsibility \"sandbags\" (emergency/flood/sandbags) in the agreement's"
                        + " whole territory from 2026-01-01 to 2026-02-28 and from 2027-07-01 to 2028-12-31");
    }

    @Test
    void reportsAJurisdictionCoveredOnlyInPart() {
        Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                assign("state-dem", RESPONSIBLE, "us/tx"),
                assign("county-oem", ACCOUNTABLE, "us/tx/harris-county")));

        assertThat(Check.findings(rule, agreement)).extracting(Finding::message).containsExactly(
                "no agency is accountable for responsibility \"sandbags\" (emergency/flood/sandbags) in us/tx"
                        + " for the whole term");
    }

    @Test
    void countsAnAccountableAgencyForAWiderJurisdiction() {
        Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                assign("county-oem", RESPONSIBLE, "us/tx/harris-county"),
                assign("state-dem", ACCOUNTABLE, "us/tx")));

        assertThat(Check.findings(rule, agreement)).isEmpty();
    }
}
