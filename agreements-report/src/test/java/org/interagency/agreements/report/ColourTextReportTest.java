package org.interagency.agreements.report;

import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.report.JunitReportTest.document;
import static org.interagency.agreements.report.JunitReportTest.write;

/** The text report in colour: the same text as plain, with SGR sequences around our own parts only. */
class ColourTextReportTest {

    private static final String ESC = "\u001b";

    private static CheckOutcome outcome(String message) throws IOException {
        return new CheckOutcome(List.of(document("a" + ESC + "[31m.json", List.of(
                new Finding("roles.a", Severity.ERROR, message, JsonPointer.of("term"), List.of(), null),
                new Finding("roles.b", Severity.WARNING, "twice", JsonPointer.of("term"), List.of(), null)), List.of())),
                List.of(), List.of());
    }

    @Test
    void colourPaintsSeveritiesAndNamesAndOtherwiseWritesThePlainText() throws IOException {
        CheckOutcome outcome = outcome("overlap");
        String plain = write(ReportWriter.text(false, false), outcome);
        String colour = write(ReportWriter.text(false, true), outcome);

        assertThat(plain).doesNotContain(ESC);
        assertThat(colour).contains(ESC + "[31merror" + ESC + "[0m    roles.a")
                .contains(ESC + "[33mwarning" + ESC + "[0m  roles.b")
                .contains(ESC + "[1m\"a\\u001B[31m.json\"" + ESC + "[0m (cma-ssa-cdss-2026)");
        assertThat(colour.replaceAll(ESC + "\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void aDocumentSendsNoTerminalCommandInColourEither() throws IOException {
        String colour = write(ReportWriter.text(false, true), outcome("x" + ESC + "[2J" + ESC + "]0;title" + '\u0007'));

        // Every ESC left is one of the writer's own SGR sequences.
        assertThat(colour.replaceAll(ESC + "\\[(1|31|32|33|36|0)m", "")).doesNotContain(ESC).contains("x\\u001B[2J");
    }
}
