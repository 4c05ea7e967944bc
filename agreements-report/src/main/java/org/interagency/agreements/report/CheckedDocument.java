package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.json.SourcePositions;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Report;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One document file after {@code check}: either the agreement it holds and its report, or the
 * problems that kept it from being read.
 *
 * @param path the file as the user named it (or as found under a directory the user named),
 *     with {@code '/'} separators
 * @param agreement the agreement; {@code null} if the file could not be read
 * @param report the findings; empty if the file could not be read
 * @param positions where each value of the document is in the file, from the one read of it;
 *     {@code null} if the file could not be read
 * @param problems why the file could not be read; empty if it was read
 * @param text the document's text, for the source excerpts of the HTML report; {@code null}
 *     where it was not kept (the other formats do not need it) or the file could not be read
 * @param assessment the agreement's collaboration assessment against {@code report}, for the HTML
 *     report; {@code null} where it was not made or the file could not be read
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckedDocument(
        String path,
        @Nullable Agreement agreement,
        Report report,
        @Nullable SourcePositions positions,
        List<ReadProblem> problems,
        @Nullable String text,
        @Nullable CollaborationAssessment assessment) {

    /**
     * Checks that the parts are present and consistent.
     *
     * @param path the file as the user named it (or as found under a directory the user named),
     *     with {@code '/'} separators
     * @param agreement the agreement; {@code null} if the file could not be read
     * @param report the findings; empty if the file could not be read
     * @param positions where each value of the document is in the file, from the one read of it;
     *     {@code null} if the file could not be read
     * @param problems why the file could not be read; empty if it was read
     * @param text the document's text, for the source excerpts of the HTML report; {@code null}
     *     where it was not kept (the other formats do not need it) or the file could not be read
     * @param assessment the agreement's collaboration assessment against {@code report}, for the
     *     HTML report; {@code null} where it was not made, and always when the file could not be
     *     read
     * @throws NullPointerException if {@code path}, {@code report} or {@code problems} is
     *     {@code null}
     * @throws IllegalArgumentException unless there is either an agreement with its positions and
     *     no problems, or problems without an agreement, positions or assessment
     */
    public CheckedDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(report, "report");
        problems = List.copyOf(problems);
        if ((agreement == null) == problems.isEmpty() || (agreement == null) != (positions == null)) {
            throw new IllegalArgumentException("a checked document has an agreement or read problems, not both");
        }
        if (assessment != null && agreement == null) {
            throw new IllegalArgumentException("an unreadable document has no assessment");
        }
    }

    /**
     * A document without an assessment.
     *
     * @param path the file as the user named it
     * @param agreement the agreement; {@code null} if the file could not be read
     * @param report the findings
     * @param positions where each value is in the file
     * @param problems why the file could not be read
     * @param text the document's text, or {@code null}
     */
    public CheckedDocument(String path, @Nullable Agreement agreement, Report report, @Nullable SourcePositions positions,
            List<ReadProblem> problems, @Nullable String text) {
        this(path, agreement, report, positions, problems, text, null);
    }

    /**
     * This document with its collaboration assessment, which the HTML report shows.
     *
     * @param newAssessment the assessment of its agreement against its report
     * @return the same document with the assessment
     */
    public CheckedDocument withAssessment(CollaborationAssessment newAssessment) {
        Objects.requireNonNull(newAssessment, "newAssessment");
        return new CheckedDocument(path, agreement, report, positions, problems, text, newAssessment);
    }

    /**
     * A document that was read and checked.
     *
     * @param path the file as the user named it
     * @param agreement the agreement it holds
     * @param report its findings
     * @param positions where each value is in the file
     * @return the checked document, without its text
     */
    public static CheckedDocument checked(String path, Agreement agreement, Report report, SourcePositions positions) {
        return new CheckedDocument(path, agreement, report, positions, List.of(), null);
    }

    /**
     * This document with its text kept, for the source excerpts of the HTML report.
     *
     * @param text the document's text, as read
     * @return the same document with its text
     */
    public CheckedDocument withText(String text) {
        Objects.requireNonNull(text, "text");
        return new CheckedDocument(path, agreement, report, positions, problems, text, assessment);
    }

    /**
     * This document with another report (the one a portfolio check gave it, say).
     *
     * @param newReport the findings
     * @return the same document with {@code newReport}
     */
    public CheckedDocument withReport(Report newReport) {
        return new CheckedDocument(path, agreement, newReport, positions, problems, text, assessment);
    }

    /**
     * A document that could not be read.
     *
     * @param path the file as the user named it
     * @param problems why it could not be read, at least one
     * @return the unreadable document
     */
    public static CheckedDocument unreadable(String path, List<ReadProblem> problems) {
        return new CheckedDocument(path, null, Report.empty(), null, problems, null);
    }

    /**
     * Where {@code pointer} (or its nearest written ancestor) is in the file; the start of the
     * file if it could not be read.
     *
     * @param pointer a place in the document
     * @return its line and column
     */
    public SourcePosition position(JsonPointer pointer) {
        return positions == null ? SourcePosition.START : positions.of(pointer);
    }

    /**
     * Whether the file could be read.
     *
     * @return {@code true} if it holds an agreement
     */
    public boolean isReadable() {
        return agreement != null;
    }
}
