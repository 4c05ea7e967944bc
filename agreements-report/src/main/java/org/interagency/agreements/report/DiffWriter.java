package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.report.internal.DiffJsonWriter;
import org.interagency.agreements.report.internal.DiffTextWriter;

import java.io.PrintWriter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Prints a {@link VersionOutcome}, the comparison of two versions of an agreement, in one format.
 * Each writer is stateless and may be shared between threads; it flushes {@code out} when it is
 * done and does not close it. (The HTML page shows the same comparison:
 * {@link ReportWriter#html(java.time.LocalDate, VersionOutcome)}.)
 *
 * <pre>{@code
 * DiffWriter.text().write(outcome, out);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface DiffWriter {

    /**
     * Writes {@code outcome} to {@code out} and flushes it.
     *
     * @param outcome the two versions compared
     * @param out where the comparison goes
     */
    void write(VersionOutcome outcome, PrintWriter out);

    /**
     * The comparison for people: the changes grouped by section, material first, each with its
     * kind, element, line and column in both documents and its old and new value; the findings
     * introduced and resolved when they were compared; the counts at the end. Every line is
     * escaped, so a document cannot forge a line or send a terminal command.
     *
     * @return the text writer
     */
    static DiffWriter text() {
        return (outcome, out) -> DiffTextWriter.write(outcome, out, false);
    }

    /**
     * The comparison as Markdown, for a pull request or an issue: one table per class of change,
     * every value from a document escaped so that it shows as text and makes no markup.
     *
     * @return the Markdown writer
     */
    static DiffWriter markdown() {
        return (outcome, out) -> DiffTextWriter.write(outcome, out, true);
    }

    /**
     * The comparison for programs: one JSON object with the agreement id, both versions, every
     * change (kind, class, section, element, pointer, line and column on each side, the quoted
     * values), the counts, and the findings introduced and resolved when they were compared.
     *
     * @return the JSON writer
     */
    static DiffWriter json() {
        return DiffJsonWriter::write;
    }
}
