package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.report.internal.AssessmentJsonWriter;
import org.interagency.agreements.report.internal.AssessmentMarkdownWriter;
import org.interagency.agreements.report.internal.AssessmentTextWriter;

import java.io.PrintWriter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Prints an {@link AssessmentOutcome} in one format. Each writer is stateless and may be shared
 * between threads; it flushes {@code out} when it is done and does not close it. Every format
 * says that the assessment reads documentary evidence only.
 *
 * <pre>{@code
 * AssessmentWriter.markdown(false).write(outcome, out);   // for a wiki page or a pull request
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface AssessmentWriter {

    /**
     * Writes {@code outcome} to {@code out} and flushes it.
     *
     * @param outcome what one assessment run found
     * @param out where it goes
     */
    void write(AssessmentOutcome outcome, PrintWriter out);

    /**
     * For people at a terminal: a table per document (principle, level, criteria met of total,
     * next step), the weakest principles, and with a portfolio each agency's weakest level per
     * principle. Every line is escaped, so a file name cannot forge a line or send a terminal
     * command.
     *
     * @param explain whether to list every criterion with its outcome, evidence and source
     * @return the text writer
     */
    static AssessmentWriter text(boolean explain) {
        return (outcome, out) -> AssessmentTextWriter.write(outcome, explain, out);
    }

    /**
     * For programs: without a portfolio, a JSON array with one object per document (its
     * principles, each with its criteria); with one, an object with that array as
     * {@code documents} and the agencies' profiles as {@code agencies}.
     *
     * @return the JSON writer
     */
    static AssessmentWriter json() {
        return AssessmentJsonWriter::write;
    }

    /**
     * For a program that asks about one document at a time (the service's {@code /v1/assess}):
     * each document's object of {@link #json()}, the same fields in the same order, on one line
     * of its own (JSON Lines, each line ending with {@code \n}); a portfolio's agency profiles are
     * left out.
     *
     * @return the JSON Lines writer
     */
    static AssessmentWriter jsonLines() {
        return AssessmentJsonWriter::writeLines;
    }

    /**
     * For a wiki page, an issue or a pull request: CommonMark with a GitHub-flavoured table per
     * document, and with a portfolio a table of agencies by principle. Text is escaped so that no
     * character of a file name is read as markup.
     *
     * @param explain whether to add a table of every criterion under each document
     * @return the Markdown writer
     */
    static AssessmentWriter markdown(boolean explain) {
        return (outcome, out) -> AssessmentMarkdownWriter.write(outcome, explain, out);
    }
}
