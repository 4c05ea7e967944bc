package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interagency.agreements.RaciRole.ACCOUNTABLE;
import static org.interagency.agreements.RaciRole.RESPONSIBLE;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMou;
import static org.interagency.agreements.core.TestAgreements.responsibility;

class PortfolioTest {

    private static final Agreement COUNTY_MOU = floodMou().id("county-mou").responsibilities(List.of(
            responsibility("flood", "emergency/flood", assign("county-oem", ACCOUNTABLE, "us/tx/harris-county"),
                    assign("state-dem", RESPONSIBLE)))).build();

    private static final Agreement FEDERAL_MOU = floodMou().id("federal-mou").responsibilities(List.of(
            responsibility("recovery", "emergency/recovery", assign("fema", ACCOUNTABLE), assign("state-dem", RESPONSIBLE)),
            responsibility("evacuation", "emergency/flood/evacuation", assign("fema", ACCOUNTABLE, null, "2027-01-01", "2027-12-31"),
                    assign("county-oem", RESPONSIBLE)))).build();

    @Test
    void reportsAgenciesAccountableForOverlappingWorkUnderTwoAgreements() {
        PortfolioReport report = AgreementValidator.builder().build().validatePortfolio(List.of(FEDERAL_MOU, COUNTY_MOU));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("roles.accountable-overlap");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.location()).isEqualTo(new AgreementLocation("county-mou",
                    JsonPointer.parse("/responsibilities/0/assignments/0")));
            assertThat(finding.related()).containsExactly(new AgreementLocation("federal-mou",
                    JsonPointer.parse("/responsibilities/1/assignments/0")));
            assertThat(finding.message()).isEqualTo("agencies \"county-oem\" and \"fema\" are both accountable for"
                    + " emergency/flood/evacuation in us/tx/harris-county from 2027-01-01 to 2027-12-31"
                    + " (responsibilities \"flood\" and \"evacuation\") under agreements \"county-mou\" and \"federal-mou\"");
        });
        assertThat(report.reports()).containsOnlyKeys("county-mou", "federal-mou");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void leavesOverlapsWithinOneAgreementToThatAgreementsReport() {
        Agreement both = floodMou().id("both").responsibilities(List.of(responsibility("flood", "emergency/flood",
                assign("fema", ACCOUNTABLE), assign("state-dem", ACCOUNTABLE)))).build();

        PortfolioReport report = AgreementValidator.builder().build().validatePortfolio(List.of(both));

        assertThat(report.findings()).isEmpty();
        assertThat(report.report("both").findingsOf("roles.accountable-overlap")).hasSize(1);
    }

    @Test
    void checksBetweenAgreementsOnlyWhenTheOverlapRuleIsEnabled() {
        PortfolioReport report = AgreementValidator.builder().disable("roles.accountable-overlap").build()
                .validatePortfolio(List.of(FEDERAL_MOU, COUNTY_MOU));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void rejectsTwoAgreementsWithOneId() {
        AgreementValidator validator = AgreementValidator.builder().build();

        assertThatThrownBy(() -> validator.validatePortfolio(List.of(COUNTY_MOU, COUNTY_MOU)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"county-mou\"");
    }
}
