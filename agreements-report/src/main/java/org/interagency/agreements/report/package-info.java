/**
 * What a check found, as the reports print it, and the writers of the report formats.
 * {@link org.interagency.agreements.report.CheckOutcome} holds every document of one run (its
 * agreement, findings and source positions, or why it could not be read) and the findings between
 * agreements; a {@link org.interagency.agreements.report.ReportWriter} prints it in one format.
 *
 * <pre>{@code
 * CheckOutcome outcome = new CheckOutcome(documents, List.of(), RuleSummary.of(validator));
 * try (PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8)) {
 *     ReportWriter.sarif("0.1.0").write(outcome, out);
 * }
 * }</pre>
 *
 * <p>Every writer escapes what a document holds for its format, so a document cannot forge a
 * line of the text report, a JSON member or markup in the HTML page.
 *
 * <p><strong>Stability:</strong> experimental until release 1.0.0.
 */
@NullMarked
package org.interagency.agreements.report;

import org.jspecify.annotations.NullMarked;
