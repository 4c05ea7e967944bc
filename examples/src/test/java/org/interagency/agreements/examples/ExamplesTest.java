package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioReport;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Report;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The runnable examples do what their Javadoc promises. */
class ExamplesTest {

    private final AgreementValidator validator = AgreementValidator.builder().clock(CheckFloodMou.clock()).build();

    private static String output(Consumer<PrintStream> program) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSignedMemorandumIsClean() {
        assertThat(validator.validate(FloodResponseMou.agreement()).findings()).isEmpty();
    }

    @Test
    void theDraftAmendmentMakesTwoAgenciesAccountableForTheSameRoutes() {
        Report report = validator.validate(CheckFloodMou.countyAccountableForRoutes(FloodResponseMou.agreement()));

        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("roles.accountable-overlap");
            // responsibility 1 is evacuation-routes: the county's new assignment (index 3) against
            // the DOT's (index 0).
            assertThat(List.of(finding.location(), finding.related().get(0)))
                    .containsExactlyInAnyOrder(JsonPointer.parse("/responsibilities/1/assignments/3"),
                            JsonPointer.parse("/responsibilities/1/assignments/0"));
            assertThat(finding.message()).contains("harris-county-oem").contains("txdot").contains("us/tx/harris-county");
        });
    }

    @Test
    void readValidateAndSignVerifiesTheSignaturesAndCatchesAChangedTitle() {
        String out = output(o -> ReadValidateAndSign.run(Path.of("agreements/health-social-services-data-sharing.json"), o));

        assertThat(out).contains("Verified against the agreement as read: all signatures hold");
        assertThat(out).contains("Verified against a copy with a changed title: NOT all signatures hold");
        assertThat(out).containsPattern("SHA-256 of the canonical form: [0-9a-f]{64}");
    }

    @Test
    void theCustomRuleIsDiscoveredReportsAMissingHotlineAndCanBeDisabled() {
        Agreement withoutHotline = CustomRuleExample.withoutHotline(FloodResponseMou.agreement());

        assertThat(validator.validate(withoutHotline).findingsOf(HotlineRequiredRule.ID))
                .extracting(Finding::location).containsExactly(JsonPointer.of("channels"));
        assertThat(validator.validate(FloodResponseMou.agreement()).findingsOf(HotlineRequiredRule.ID)).isEmpty();
        assertThat(output(CustomRuleExample::run))
                .contains("discovered with ServiceLoader: true")
                .contains("With the rule disabled: 0 finding(s)");
    }

    @Test
    void thePortfolioCheckSeesTheOverlapBetweenTwoAgreements() {
        Agreement mou = FloodResponseMou.agreement();
        Agreement compact = PortfolioExample.transitCompact(mou);

        PortfolioReport report = validator.validatePortfolio(List.of(mou, compact));

        assertThat(report.reports().values())
                .allSatisfy(own -> assertThat(own.findingsOf("roles.accountable-overlap")).isEmpty());
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("roles.accountable-overlap");
            List<AgreementLocation> sides = List.of(finding.location(), finding.related().get(0));
            assertThat(sides).extracting(AgreementLocation::agreementId)
                    .containsExactlyInAnyOrder("harris-county-flood-mou-2026", "gulf-coast-evacuation-transit-compact");
        });
    }
}
