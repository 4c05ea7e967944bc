package org.interagency.agreements.testkit;

import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportAssertTest {

    private static final Finding OVERLAP = new Finding("roles.accountable-overlap", Severity.ERROR,
            "\"county-oem\" and \"state-dot\" are both accountable for emergency/flood/evacuation",
            JsonPointer.parse("/responsibilities/2/assignments/0"),
            List.of(JsonPointer.parse("/responsibilities/1/assignments/0")),
            "make one of them accountable");
    private static final Finding NO_VISION = new Finding("vision.missing", Severity.WARNING,
            "the agreement states no shared vision", JsonPointer.of("vision"), List.of(), null);
    private static final Finding SECOND_OVERLAP = new Finding("roles.accountable-overlap", Severity.ERROR,
            "\"county-oem\" and \"fema-region-6\" are both accountable for emergency/flood/warning",
            JsonPointer.parse("/responsibilities/4/assignments/1"), List.of(), null);

    private static final String OVERLAP_LINES = "  ERROR roles.accountable-overlap /responsibilities/2/assignments/0:"
            + " \"county-oem\" and \"state-dot\" are both accountable for emergency/flood/evacuation\n"
            + "      related: /responsibilities/1/assignments/0\n"
            + "      hint: make one of them accountable";
    private static final String NO_VISION_LINE = "  WARNING vision.missing /vision: the agreement states no shared vision";

    @Test
    void isCleanPassesOnAReportWithoutFindings() {
        AgreementAssertions.assertThat(Report.empty()).isClean();
    }

    @Test
    void isCleanFailsListingEachFindingWithItsLocationRelatedLocationsAndHint() {
        Report report = new Report(List.of(NO_VISION, OVERLAP));

        assertThatThrownBy(() -> AgreementAssertions.assertThat(report).isClean())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the report to be clean, but it has 2 findings:\n" + OVERLAP_LINES + "\n" + NO_VISION_LINE);
    }

    @Test
    void aDescriptionPrefixesTheFailureMessage() {
        Report report = new Report(List.of(NO_VISION));

        assertThatThrownBy(() -> AgreementAssertions.assertThat(report).as("flood MOU").isClean())
                .hasMessage("[flood MOU] Expecting the report to be clean, but it has 1 finding:\n" + NO_VISION_LINE);
    }

    @Test
    void findingMessagesArePrintedAsWrittenEvenWithPercentSigns() {
        Finding finding = new Finding("vision.missing", Severity.WARNING, "100% of %s and %n stay as written",
                JsonPointer.root(), List.of(), null);

        assertThatThrownBy(() -> AgreementAssertions.assertThat(new Report(List.of(finding))).isClean())
                .hasMessage("Expecting the report to be clean, but it has 1 finding:\n"
                        + "  WARNING vision.missing /: 100% of %s and %n stay as written");
    }

    @Test
    void hasNoErrorsPassesWhenTheFindingsAreWarnings() {
        AgreementAssertions.assertThat(new Report(List.of(NO_VISION))).hasNoErrors();
    }

    @Test
    void hasNoErrorsFailsListingTheErrorsThenAllFindings() {
        Report report = new Report(List.of(NO_VISION, OVERLAP));

        assertThatThrownBy(() -> AgreementAssertions.assertThat(report).hasNoErrors())
                .hasMessage("Expecting the report to have no errors, but it has 1 error:\n" + OVERLAP_LINES
                        + "\nAll findings:\n" + OVERLAP_LINES + "\n" + NO_VISION_LINE);
    }

    @Test
    void hasFindingAtPassesWhenTheRuleReportedThatLocation() {
        Report report = new Report(List.of(NO_VISION, OVERLAP, SECOND_OVERLAP));

        List<Finding> found = AgreementAssertions.assertThat(report)
                .hasFinding("roles.accountable-overlap").at("/responsibilities/2/assignments/0")
                .findings();

        assertThat(found).containsExactly(OVERLAP);
    }

    @Test
    void narrowingAssertionsChainOnTheSameFinding() {
        Report report = new Report(List.of(NO_VISION, OVERLAP, SECOND_OVERLAP));

        AgreementAssertions.assertThat(report)
                .hasFinding("roles.accountable-overlap")
                .withSeverity(Severity.ERROR)
                .withMessageContaining("state-dot")
                .withRelated("/responsibilities/1/assignments/0")
                .at("/responsibilities/2/assignments/0")
                .and()
                .hasFinding("vision.missing").at("/vision");
    }

    @Test
    void hasFindingFailsOnACleanReport() {
        assertThatThrownBy(() -> AgreementAssertions.assertThat(Report.empty()).hasFinding("vision.missing"))
                .hasMessage("Expecting a finding of rule \"vision.missing\", but the report is clean.");
    }

    @Test
    void hasFindingFailsListingTheFindingsOfOtherRules() {
        Report report = new Report(List.of(OVERLAP));

        assertThatThrownBy(() -> AgreementAssertions.assertThat(report).hasFinding("vision.missing"))
                .hasMessage("Expecting a finding of rule \"vision.missing\", but the report has none. Its findings:\n"
                        + OVERLAP_LINES);
    }

    @Test
    void atFailsListingWhereTheRuleDidReport() {
        Report report = new Report(List.of(NO_VISION, OVERLAP));

        assertThatThrownBy(() -> AgreementAssertions.assertThat(report)
                .hasFinding("roles.accountable-overlap").at("/responsibilities/0/assignments/0"))
                .hasMessage("Expecting a finding of rule \"roles.accountable-overlap\" at \"/responsibilities/0/assignments/0\","
                        + " but none matches. The findings of \"roles.accountable-overlap\":\n" + OVERLAP_LINES);
    }

    @Test
    void aFailedNarrowingNamesTheEarlierOnes() {
        Report report = new Report(List.of(OVERLAP));

        assertThatThrownBy(() -> AgreementAssertions.assertThat(report)
                .hasFinding("roles.accountable-overlap").at("/responsibilities/2/assignments/0").withSeverity(Severity.WARNING))
                .hasMessage("Expecting a finding of rule \"roles.accountable-overlap\" at \"/responsibilities/2/assignments/0\","
                        + " of severity WARNING, but none matches. The findings of \"roles.accountable-overlap\""
                        + " at \"/responsibilities/2/assignments/0\":\n" + OVERLAP_LINES);
    }

    @Test
    void hasOnlyFindingsOfPassesWhenEveryFindingIsOfAListedRule() {
        Report report = new Report(List.of(NO_VISION, OVERLAP));

        AgreementAssertions.assertThat(report).hasOnlyFindingsOf("roles.accountable-overlap", "vision.missing", "vision.no-goals");
    }

    @Test
    void hasOnlyFindingsOfFailsNamingTheFindingsOfOtherRules() {
        Report report = new Report(List.of(NO_VISION, OVERLAP));

        assertThatThrownBy(() -> AgreementAssertions.assertThat(report).hasOnlyFindingsOf("roles.accountable-overlap"))
                .hasMessage("Expecting findings of only \"roles.accountable-overlap\", but the report also has"
                        + " 1 finding of other rules:\n" + NO_VISION_LINE
                        + "\nAll findings:\n" + OVERLAP_LINES + "\n" + NO_VISION_LINE);
    }

    @Test
    void hasOnlyFindingsOfFailsOnACleanReport() {
        assertThatThrownBy(() -> AgreementAssertions.assertThat(Report.empty()).hasOnlyFindingsOf("vision.missing", "vision.no-goals"))
                .hasMessage("Expecting findings of only \"vision.missing\", \"vision.no-goals\", but the report is clean.");
    }

    @Test
    void hasNoFindingOfFailsListingThatRulesFindings() {
        Report report = new Report(List.of(NO_VISION, OVERLAP));

        AgreementAssertions.assertThat(report).hasNoFindingOf("vision.no-goals");
        assertThatThrownBy(() -> AgreementAssertions.assertThat(report).hasNoFindingOf("vision.missing"))
                .hasMessage("Expecting no finding of rule \"vision.missing\", but the report has 1 finding of it:\n" + NO_VISION_LINE);
    }

    @Test
    void assertionsOnANullReportFailAsAssertJDoes() {
        assertThatThrownBy(() -> AgreementAssertions.assertThat(null).isClean())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }
}
