package org.interagency.agreements.report;

import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.report.JunitReportTest.document;
import static org.interagency.agreements.report.JunitReportTest.write;

/**
 * {@code ReportWriter.github}: GitHub Actions workflow commands, escaped as GitHub's toolkit
 * escapes them ({@code @actions/core} {@code command.ts}: {@code %}, CR, LF in the message; also
 * {@code :} and {@code ,} in properties), so a document can neither forge nor break a command.
 */
class GithubReportTest {

    @Test
    void oneCommandPerFindingAtItsLineThenTheCounts() throws IOException {
        CheckedDocument document = document("examples/cma.json", List.of(
                new Finding("roles.a", Severity.ERROR, "two agencies accountable", JsonPointer.of("term"), List.of(), "name one"),
                new Finding("roles.b", Severity.WARNING, "done twice", JsonPointer.of("term"), List.of(), null),
                new Finding("trust.c", Severity.INFO, "no forum", JsonPointer.of("term"), List.of(), null)),
                List.of(new RuleOutcome("roles.a", Outcome.FOUND, 1, null)));
        SourcePosition at = document.position(JsonPointer.of("term"));
        String where = "file=examples/cma.json,line=" + at.line() + ",col=" + at.column();

        List<String> lines = write(ReportWriter.github(), new CheckOutcome(List.of(document), List.of(), List.of())).lines().toList();

        assertThat(lines).containsExactly(
                "::error " + where + ",title=roles.a::/term: two agencies accountable%0Ahint: name one",
                "::warning " + where + ",title=roles.b::/term: done twice",
                "::notice " + where + ",title=trust.c::/term: no forum",
                "1 document checked: 0 clean, 1 with findings, 0 unreadable; 1 error, 1 warning, 1 info.");
    }

    @Test
    void anUnreadableDocumentIsAnErrorAtItsProblem() {
        CheckedDocument unreadable = CheckedDocument.unreadable("broken.yaml",
                List.of(new ReadProblem("a colon is missing", new SourcePosition(4, 2), JsonPointer.root())));

        String out = write(ReportWriter.github(), new CheckOutcome(List.of(unreadable), List.of(), List.of()));

        assertThat(out).startsWith("::error file=broken.yaml,line=4,col=2,title=unreadable document::a colon is missing\n");
    }

    @Test
    void aDocumentCannotForgeOrBreakACommand() throws IOException {
        String message = "100% sure\r\n::error file=forged.json,line=1::CLEAN\n\u001b[2J";
        CheckedDocument document = document("a,line=9:b%0A.json", List.of(
                new Finding("roles.a", Severity.ERROR, message, JsonPointer.of("term"), List.of(), null)), List.of());
        SourcePosition at = document.position(JsonPointer.of("term"));

        List<String> lines = write(ReportWriter.github(), new CheckOutcome(List.of(document), List.of(), List.of())).lines().toList();

        assertThat(lines).hasSize(2);
        // The property ends at its own comma: the file name's comma and colon are escaped, and its
        // "%0A" stays text (%25), where GitHub would have read it as a line feed.
        assertThat(lines.get(0)).startsWith("::error file=a%2Cline=9%3Ab%250A.json,line=" + at.line() + ",col=" + at.column()
                + ",title=roles.a::/term: 100%25 sure\\u000D\\u000A::error file=forged.json,line=1::CLEAN\\u000A\\u001B[2J");
        assertThat(lines.get(1)).startsWith("1 document checked");
    }
}
