package org.interagency.agreements.report.internal.html;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What the page's template prints: every value already chosen, shortened and made visible
 * (hidden characters written as {@code \\uXXXX}), so the template only lays it out. Text here is
 * plain text: the template escapes it for HTML as it writes it.
 *
 * @param title the page's title
 * @param asOf the day the check took as today, {@code yyyy-MM-dd}; {@code null} for the real day
 * @param css the stylesheet, inlined (the page loads nothing)
 * @param contentSecurityPolicy the page's policy, with the stylesheet's hash
 * @param summary the counts
 * @param documents each document, in the order checked
 * @param portfolio the findings between agreements
 * @param profiles each readable document's assessment profile, drawn for the summary
 * @param waived every waived finding with its waiver, document by document
 */
public record Page(String title, @Nullable String asOf, String css, String contentSecurityPolicy, Summary summary,
        List<Document> documents, List<Finding> portfolio, List<Profile> profiles, List<WaivedFinding> waived) {

    /**
     * The counts at the top of the page.
     *
     * @param documents documents checked
     * @param clean documents without findings
     * @param withFindings documents with findings
     * @param unreadable documents that could not be read
     * @param errors findings of severity error, in documents and between them
     * @param warnings findings of severity warning
     * @param infos findings of severity info
     * @param waived findings a waiver accepts (counted above too: a waiver never hides a finding)
     * @param activeErrors errors no waiver accepts: the count after waivers
     * @param activeWarnings warnings no waiver accepts
     * @param activeInfos info findings no waiver accepts
     */
    public record Summary(int documents, int clean, int withFindings, int unreadable, int errors, int warnings, int infos,
            int waived, int activeErrors, int activeWarnings, int activeInfos) {
    }

    /**
     * One document's section.
     *
     * @param anchor the section's id
     * @param path the file
     * @param agreementId the agreement's id; {@code null} if unreadable
     * @param agreementTitle the agreement's title; {@code null} if unreadable
     * @param problems why it could not be read
     * @param severities its findings, grouped by severity, most severe first; only groups that
     *     have findings
     * @param raci its RACI matrix; {@code null} if unreadable
     * @param flows its data flows as text
     * @param flowDiagram its data flows, laid out; {@code null} if it has none
     * @param ladders its escalation ladders as text
     * @param ladderDiagram its escalation ladders, laid out; {@code null} if it has none
     * @param assessment its collaboration assessment; {@code null} if none was made
     */
    public record Document(String anchor, String path, @Nullable String agreementId, @Nullable String agreementTitle,
            List<String> problems, List<SeverityGroup> severities, @Nullable Raci raci,
            List<Flow> flows, @Nullable LaidOutDiagram flowDiagram, List<Ladder> ladders, @Nullable LaidOutDiagram ladderDiagram,
            @Nullable Assessment assessment) {

        /** Whether the document has no finding. */
        public boolean clean() {
            return severities.isEmpty();
        }

        /** The heading: the agreement's title and the file, or the file alone. */
        public String heading() {
            return agreementTitle == null ? path : agreementTitle;
        }
    }

    /**
     * The findings of one severity.
     *
     * @param severity {@code error}, {@code warning} or {@code info}
     * @param heading {@code Errors (2)}
     * @param findings the findings, in the order of the file's lines
     */
    public record SeverityGroup(String severity, String heading, List<Finding> findings) {
    }

    /**
     * One finding.
     *
     * @param anchor the row's id, for links
     * @param severity {@code error}, {@code warning} or {@code info}
     * @param ruleId the rule
     * @param message what is wrong
     * @param hint how to put it right; {@code null} if none
     * @param where the pointer and, in a portfolio, the agreement and file
     * @param line the line in the file; 0 if unknown
     * @param column the column in the file; 0 if unknown
     * @param excerpt the lines of the source around {@code line}
     * @param related the other places involved
     * @param citations the provisions the finding's rule cites, each as one string
     * @param waiver who accepted the finding, until when and why; {@code null} if it is not waived
     */
    public record Finding(String anchor, String severity, String ruleId, String message, @Nullable String hint, String where,
            int line, int column, List<ExcerptLine> excerpt, List<Related> related, List<String> citations,
            @Nullable String waiver) {
    }

    /**
     * A line of a source excerpt.
     *
     * @param number its line number
     * @param text its text
     * @param marked whether it is the line the finding is at
     */
    public record ExcerptLine(int number, String text, boolean marked) {
    }

    /**
     * A related place.
     *
     * @param text the pointer and its line, as shown
     * @param href the link to it on this page (a RACI cell or a document); {@code null} if none
     */
    public record Related(String text, @Nullable String href) {
    }

    /**
     * The RACI matrix table.
     *
     * @param agencies the column headings
     * @param rows one per responsibility
     * @param pages the rows in pages of {@link #PAGE_ROWS}, for a matrix longer than one page: the
     *     first page is shown open, the others collapsed, so a matrix of 10<sup>5</sup>
     *     assignments does not lay out as one table; empty for a matrix of one page
     */
    public record Raci(List<String> agencies, List<RaciRow> rows, List<RaciPage> pages) {

        /** Rows of a page of a long matrix. */
        public static final int PAGE_ROWS = 200;

        /** A matrix, paged if it is longer than a page. */
        static Raci of(List<String> agencies, List<RaciRow> rows) {
            List<RaciPage> pages = new java.util.ArrayList<>();
            if (rows.size() > PAGE_ROWS) {
                for (int from = 0; from < rows.size(); from += PAGE_ROWS) {
                    int to = Math.min(rows.size(), from + PAGE_ROWS);
                    pages.add(new RaciPage("Responsibilities " + (from + 1) + " to " + to + " of " + rows.size(),
                            from == 0, rows.subList(from, to)));
                }
            }
            return new Raci(agencies, rows, pages);
        }
    }

    /**
     * One page of a long RACI matrix.
     *
     * @param heading which rows it holds
     * @param open whether it is shown open (the first page)
     * @param rows its rows
     */
    public record RaciPage(String heading, boolean open, List<RaciRow> rows) {
    }

    /**
     * A responsibility's row.
     *
     * @param anchor the row's id
     * @param responsibility the responsibility's id
     * @param scope its scope
     * @param marks the findings about the whole row (a gap), as links
     * @param cells one per agency
     */
    public record RaciRow(String anchor, String responsibility, String scope, List<Mark> marks, List<RaciCell> cells) {
    }

    /**
     * A cell.
     *
     * @param anchor the cell's id
     * @param roles the roles, as written ({@code A in us/tx})
     * @param marks the findings about its assignments (an overlap, a duplicate), as links
     */
    public record RaciCell(String anchor, List<String> roles, List<Mark> marks) {

        /** Whether a finding concerns the cell. */
        public boolean flagged() {
            return !marks.isEmpty();
        }
    }

    /**
     * A finding shown in place.
     *
     * @param text the words shown, for example {@code accountable-overlap}
     * @param href the link to the finding
     * @param severity the finding's severity
     */
    public record Mark(String text, String href, String severity) {
    }

    /**
     * A data flow as text beside its drawing.
     *
     * @param protocol the protocol's id
     * @param from the provider
     * @param to the recipients
     * @param dataSets the data sets
     * @param classification the highest classification
     * @param personalData {@code yes} or {@code no}
     * @param encryption in transit and at rest
     * @param retention how long, or {@code unlimited}
     * @param legalBasis the authorities
     */
    public record Flow(String protocol, String from, String to, String dataSets, String classification, String personalData,
            String encryption, String retention, String legalBasis) {
    }

    /**
     * An escalation ladder as text beside its drawing.
     *
     * @param heading the path and its scopes
     * @param levels the levels, each with its time
     * @param finalResolution the final resolution, or {@code none}
     */
    public record Ladder(String heading, List<String> levels, String finalResolution) {
    }

    /**
     * A document's collaboration assessment, principle by principle.
     *
     * @param anchor the section's id
     * @param scope what it assesses: documentary evidence only
     * @param principles one row per principle, in order
     * @param summary the weakest principles and how many are at 3 or more
     */
    public record Assessment(String anchor, String scope, List<AssessedPrinciple> principles, String summary) {
    }

    /**
     * One principle's row.
     *
     * @param number the principle's number, 1 to 10
     * @param title the principle
     * @param level {@code 3 joint}, or {@code n/a}
     * @param levelNumber the level, 0 to 4; -1 if not applicable
     * @param met criteria met or not applicable
     * @param total criteria
     * @param nextStep the cap and what would reach the next level; empty at 4
     * @param unmet the ids of the criteria not met or unknown, with their explanations
     */
    public record AssessedPrinciple(int number, String title, String level, int levelNumber, int met, int total,
            String nextStep, List<String> unmet) {
    }

    /**
     * A document's profile, drawn as a small bar chart: a bar per principle, its height the level.
     *
     * @param id the figure's id
     * @param heading the document's heading, which the chart's title names
     * @param href the link to the document's assessment
     * @param description the levels in words, for a screen reader
     * @param width the drawing's width
     * @param height the drawing's height
     * @param bars one per principle
     * @param gridlines one per level from 0 to 4
     */
    public record Profile(String id, String heading, String href, String description, int width, int height,
            List<Bar> bars, List<Gridline> gridlines) {
    }

    /**
     * A principle's bar.
     *
     * @param label {@code P1} to {@code P10}
     * @param value the level shown above the bar, or {@code n/a}
     * @param x the bar's left edge
     * @param y the bar's top
     * @param w the bar's width
     * @param h the bar's height (0 for level 0 and n/a)
     * @param textX the centre of the bar, for the labels
     * @param valueY the baseline of the value
     * @param labelY the baseline of the label
     * @param level {@code l0} to {@code l4}, or {@code na}: the bar's class
     */
    public record Bar(String label, String value, int x, int y, int w, int h, int textX, int valueY, int labelY,
            String level) {
    }

    /**
     * A horizontal line at one level, with its number at the left.
     *
     * @param level 0 to 4
     * @param y its height
     * @param x1 where it starts
     * @param x2 where it ends
     */
    public record Gridline(int level, int y, int x1, int x2) {
    }

    /**
     * A waived finding with its waiver, in the summary of waivers.
     *
     * @param href the link to the finding's row
     * @param document the document's heading
     * @param ruleId the rule
     * @param where the pointer
     * @param message the finding's message
     * @param approvedBy who accepted it
     * @param approved the day it was accepted
     * @param expires the last day the waiver holds
     * @param justification why it was accepted
     */
    public record WaivedFinding(String href, String document, String ruleId, String where, String message, String approvedBy,
            String approved, String expires, String justification) {
    }
}
