package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.RaciRole.ACCOUNTABLE;
import static org.interagency.agreements.RaciRole.INFORMED;
import static org.interagency.agreements.RaciRole.RESPONSIBLE;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMou;
import static org.interagency.agreements.core.TestAgreements.responsibility;

/**
 * The fingerprints of findings between agreements, as docs/versions.md specifies them, checked
 * against a vector computed outside the code (the command is in the comment).
 */
class PortfolioFingerprintsTest {

    private static final Agreement COUNTY_MOU = floodMou().id("county-mou").responsibilities(List.of(
            responsibility("flood", "emergency/flood", assign("county-oem", ACCOUNTABLE, "us/tx/harris-county"),
                    assign("state-dem", RESPONSIBLE)))).build();

    private static final Agreement FEDERAL_MOU = floodMou().id("federal-mou").responsibilities(List.of(
            responsibility("recovery", "emergency/recovery", assign("fema", ACCOUNTABLE), assign("state-dem", RESPONSIBLE)),
            responsibility("evacuation", "emergency/flood/evacuation", assign("fema", ACCOUNTABLE, null, "2027-01-01", "2027-12-31"),
                    assign("county-oem", RESPONSIBLE)))).build();

    // printf 'agreements-portfolio-finding-v1\nroles.accountable-overlap\ncounty-mou#/responsibilities/flood/assignments/county-oem accountable us~1tx~1harris-county *\nfederal-mou#/responsibilities/evacuation/assignments/fema accountable * 2027-01-01..2027-12-31\n' | sha256sum | cut -c1-32
    private static final String OVERLAP_FINGERPRINT = "c256e64c486dee70589a4f74430a126e";

    private final AgreementValidator validator = AgreementValidator.builder().build();

    @Test
    void anOverlapBetweenAgreementsIsFingerprintedByTheAgreementIdsAndKeyPathsOfBothSides() {
        PortfolioReport report = validator.validatePortfolio(List.of(FEDERAL_MOU, COUNTY_MOU));

        assertThat(report.findings()).singleElement().extracting(PortfolioFinding::fingerprint)
                .isEqualTo(OVERLAP_FINGERPRINT);
    }

    @Test
    void theFingerprintDoesNotDependOnTheOrderOfAgreementsOrOfTheirLists() {
        Agreement federalReordered = withResponsibilities(FEDERAL_MOU, List.of(
                responsibility("evacuation", "emergency/flood/evacuation", assign("county-oem", RESPONSIBLE),
                        assign("fema", ACCOUNTABLE, null, "2027-01-01", "2027-12-31")),
                responsibility("recovery", "emergency/recovery", assign("fema", ACCOUNTABLE), assign("state-dem", RESPONSIBLE))));

        PortfolioReport report = validator.validatePortfolio(List.of(COUNTY_MOU, federalReordered));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.related()).containsExactly(new AgreementLocation("federal-mou",
                    JsonPointer.parse("/responsibilities/0/assignments/1")));
            assertThat(finding.fingerprint()).isEqualTo(OVERLAP_FINGERPRINT);
        });
    }

    @Test
    void insertingAnUnrelatedAssignmentOrAgreementLeavesTheFingerprintUnchanged() {
        List<Responsibility> county = new ArrayList<>();
        county.add(responsibility("outreach", "community/outreach", assign("state-dem", ACCOUNTABLE)));
        county.add(responsibility("flood", "emergency/flood", assign("fema", INFORMED),
                assign("county-oem", ACCOUNTABLE, "us/tx/harris-county"), assign("state-dem", RESPONSIBLE)));
        Agreement countyWithMore = withResponsibilities(COUNTY_MOU, county);
        Agreement unrelated = floodMou().id("health-mou").responsibilities(List.of(
                responsibility("vaccination", "health/vaccination", assign("fema", ACCOUNTABLE)))).build();

        PortfolioReport report = validator.validatePortfolio(List.of(unrelated, FEDERAL_MOU, countyWithMore));

        assertThat(report.findings()).singleElement().extracting(PortfolioFinding::fingerprint)
                .isEqualTo(OVERLAP_FINGERPRINT);
    }

    @Test
    void aFindingBetweenAgreementsIsNotFingerprintedAsAFindingInOneAgreement() {
        PortfolioFinding between = validator.validatePortfolio(List.of(FEDERAL_MOU, COUNTY_MOU)).findings().get(0);
        String withinCounty = ElementKeys.of(COUNTY_MOU).fingerprint(between.ruleId(), between.location().pointer(),
                List.of(between.related().get(0).pointer()));

        assertThat(between.fingerprint()).isNotEqualTo(withinCounty);
    }

    @Test
    void aFindingMadeByACheckHasNoFingerprintUntilTheValidatorGivesItOne() {
        PortfolioFinding made = new PortfolioFinding("roles.accountable-overlap", Severity.ERROR,
                "message", new AgreementLocation("a", JsonPointer.parse("/responsibilities/0")), List.of(), null);

        assertThat(made.fingerprint()).isNull();
        assertThat(made.withFingerprint("0123").fingerprint()).isEqualTo("0123");
        assertThat(made.withFingerprint("0123").withFingerprint(null)).isEqualTo(made);
    }

    private static Agreement withResponsibilities(Agreement agreement, List<Responsibility> responsibilities) {
        return AgreementBuilder.builder(agreement).responsibilities(responsibilities).build();
    }
}
