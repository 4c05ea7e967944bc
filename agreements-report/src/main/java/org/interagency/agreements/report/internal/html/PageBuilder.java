package org.interagency.agreements.report.internal.html;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReadProblem;
import org.interagency.agreements.report.view.DataFlow;
import org.interagency.agreements.report.view.Diagram;
import org.interagency.agreements.report.view.EscalationLadder;
import org.interagency.agreements.report.view.RaciMatrix;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a {@link CheckOutcome} into the {@link Page} the template prints. */
final class PageBuilder {

    /** Lines of source shown before and after a finding's line. */
    private static final int CONTEXT_LINES = 3;
    /** Longest line of an excerpt shown whole; a longer one is cut (the file is at hand). */
    private static final int EXCERPT_LINE_CHARS = 240;
    /** Longest agency name in a RACI column heading; the parties list has every name whole. */
    private static final int HEADING_CHARS = 120;

    private final CheckOutcome outcome;
    private final Map<String, String> documentAnchors = new HashMap<>();
    /** Every waived finding with its waiver, filled in as the documents are built. */
    private final List<Page.WaivedFinding> waived = new ArrayList<>();

    PageBuilder(CheckOutcome outcome) {
        this.outcome = outcome;
        for (int i = 0; i < outcome.documents().size(); i++) {
            documentAnchors.putIfAbsent(outcome.documents().get(i).path(), "d" + i);
        }
    }

    Page build(@Nullable String asOf, String css, String policy) {
        List<Page.Document> documents = new ArrayList<>();
        int clean = 0;
        int unreadable = 0;
        for (int i = 0; i < outcome.documents().size(); i++) {
            CheckedDocument document = outcome.documents().get(i);
            Page.Document section = document(document, "d" + i);
            documents.add(section);
            if (!document.isReadable()) {
                unreadable++;
            } else if (section.clean()) {
                clean++;
            }
        }
        Map<Severity, Integer> counts = outcome.counts();
        Map<Severity, Integer> active = outcome.activeCounts();
        int total = outcome.documents().size();
        Page.Summary summary = new Page.Summary(total, clean, total - clean - unreadable, unreadable,
                counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO), outcome.waivedCount(),
                active.get(Severity.ERROR), active.get(Severity.WARNING), active.get(Severity.INFO));
        List<Page.Profile> profiles = new ArrayList<>();
        for (int i = 0; i < outcome.documents().size(); i++) {
            CheckedDocument document = outcome.documents().get(i);
            Page.Document section = documents.get(i);
            if (document.assessment() != null) {
                profiles.add(AssessmentView.profile(document.assessment(), "d" + i + "-profile", section.heading(),
                        "#d" + i + "-assessment"));
            }
        }
        List<Page.Finding> portfolio = new ArrayList<>();
        for (int i = 0; i < outcome.portfolioFindings().size(); i++) {
            portfolio.add(portfolioFinding(outcome.portfolioFindings().get(i), "p" + i));
        }
        return new Page("Agreements report", asOf, css, policy, summary, documents, portfolio, profiles, waived);
    }

    private void collectWaived(String heading, List<Finding> findings,
            Map<Finding, String> findingAnchors) {
        for (Finding finding : findings) {
            Waiver waiver = finding.waiver();
            if (waiver != null) {
                waived.add(new Page.WaivedFinding("#" + findingAnchors.get(finding), heading, shown(finding.ruleId()),
                        shown(pointer(finding.location())), shown(finding.message()), shown(waiver.approvedBy()),
                        waiver.approved().toString(), waiver.expires().toString(), shown(waiver.justification())));
            }
        }
    }

    private Page.Document document(CheckedDocument document, String anchor) {
        Agreement agreement = document.agreement();
        if (agreement == null) {
            List<String> problems = document.problems().stream()
                    .map(p -> shown(problemText(p))).toList();
            return new Page.Document(anchor, shown(document.path()), null, null, problems, List.of(), null,
                    List.of(), null, List.of(), null, null);
        }
        List<Finding> findings = new ArrayList<>(document.report().findings());
        findings.sort(Comparator.comparing((Finding f) -> document.position(f.location()).line())
                .thenComparing(f -> document.position(f.location()).column()));
        Map<Finding, String> findingAnchors = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            findingAnchors.putIfAbsent(findings.get(i), anchor + "-f" + i);
        }
        RaciMatrix matrix = RaciMatrix.of(agreement);
        Map<JsonPointer, String> raciAnchors = raciAnchors(matrix, anchor);
        List<String> lines = document.text() == null ? List.of() : document.text().lines().toList();

        List<Page.SeverityGroup> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<Page.Finding> ofSeverity = new ArrayList<>();
            for (Finding finding : findings) {
                if (finding.severity() == severity) {
                    ofSeverity.add(finding(document, finding, findingAnchors.get(finding), lines, raciAnchors));
                }
            }
            if (!ofSeverity.isEmpty()) {
                groups.add(new Page.SeverityGroup(name(severity), heading(severity, ofSeverity.size()), ofSeverity));
            }
        }
        Page.Raci raci = raci(matrix, findings, findingAnchors, raciAnchors);
        collectWaived(shown(agreement.title()), findings, findingAnchors);
        Diagram flowGraph = Diagram.dataFlows(agreement);
        Diagram ladderGraph = Diagram.escalation(agreement);
        List<DataFlow> flows = DataFlow.of(agreement);
        List<EscalationLadder> ladders = EscalationLadder.of(agreement);
        return new Page.Document(anchor, shown(document.path()), shown(agreement.id()), shown(agreement.title()), List.of(),
                groups, raci, flows.stream().map(PageBuilder::flow).toList(),
                flows.isEmpty() ? null : DiagramLayout.layout(flowGraph,
                        "Data flows: each arrow goes from the agency that provides data to one that receives it,"
                                + " labelled with the protocol and the classification; the table below lists them."),
                ladders.stream().map(PageBuilder::ladder).toList(),
                ladders.isEmpty() ? null : DiagramLayout.layout(ladderGraph,
                        "Escalation ladders: each box is a path, its levels from first to last, each arrow labelled with"
                                + " how long the level has; the list below gives them in text."),
                document.assessment() == null ? null : AssessmentView.assessment(document.assessment(), anchor + "-assessment"));
    }

    private Page.Finding finding(CheckedDocument document, Finding finding, String anchor, List<String> lines,
            Map<JsonPointer, String> raciAnchors) {
        SourcePosition position = document.position(finding.location());
        List<Page.Related> related = new ArrayList<>();
        for (JsonPointer pointer : finding.related()) {
            SourcePosition at = document.position(pointer);
            related.add(new Page.Related(shown(pointer(pointer)) + " (line " + at.line() + ")", raciHref(raciAnchors, pointer)));
        }
        return new Page.Finding(anchor, name(finding.severity()), shown(finding.ruleId()), shown(finding.message()),
                finding.hint() == null ? null : shown(finding.hint()), shown(pointer(finding.location())),
                position.line(), position.column(), excerpt(lines, position.line()), related,
                finding.citations().stream().map(c -> shown(c.text())).toList(), waiver(finding.waiver()));
    }

    private static @Nullable String waiver(@Nullable Waiver waiver) {
        return waiver == null ? null
                : shown("Waived until " + waiver.expires() + " by " + waiver.approvedBy() + ": " + waiver.justification()
                        + (waiver.isAgreed() ? " (agreed in the agreement)" : ""));
    }

    private Page.Finding portfolioFinding(PortfolioFinding finding, String anchor) {
        List<Page.Related> related = new ArrayList<>();
        for (AgreementLocation location : finding.related()) {
            related.add(new Page.Related(shown(where(location)), documentHref(location)));
        }
        CheckedDocument document = outcome.documentOf(finding.location());
        SourcePosition position = document == null ? SourcePosition.START : document.position(finding.location().pointer());
        List<String> lines = document == null || document.text() == null ? List.of() : document.text().lines().toList();
        return new Page.Finding(anchor, name(finding.severity()), shown(finding.ruleId()), shown(finding.message()),
                finding.hint() == null ? null : shown(finding.hint()), shown(where(finding.location())),
                position.line(), position.column(), excerpt(lines, position.line()), related, List.of(), null);
    }

    private String where(AgreementLocation location) {
        CheckedDocument document = outcome.documentOf(location);
        if (document == null) {
            return location.agreementId() + " " + pointer(location.pointer());
        }
        SourcePosition at = document.position(location.pointer());
        return location.agreementId() + " " + pointer(location.pointer()) + " (" + document.path() + ", line " + at.line() + ")";
    }

    private @Nullable String documentHref(AgreementLocation location) {
        CheckedDocument document = outcome.documentOf(location);
        return document == null ? null : "#" + documentAnchors.get(document.path());
    }

    private static List<Page.ExcerptLine> excerpt(List<String> lines, int line) {
        if (lines.isEmpty() || line < 1 || line > lines.size()) {
            return List.of();
        }
        List<Page.ExcerptLine> excerpt = new ArrayList<>();
        for (int n = Math.max(1, line - CONTEXT_LINES); n <= Math.min(lines.size(), line + CONTEXT_LINES); n++) {
            String text = lines.get(n - 1);
            if (text.length() > EXCERPT_LINE_CHARS) {
                text = text.substring(0, EXCERPT_LINE_CHARS) + "\u2026";
            }
            excerpt.add(new Page.ExcerptLine(n, shown(text), n == line));
        }
        return excerpt;
    }

    private static Map<JsonPointer, String> raciAnchors(RaciMatrix matrix, String anchor) {
        Map<JsonPointer, String> anchors = new HashMap<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            RaciMatrix.Row row = matrix.rows().get(r);
            anchors.put(row.pointer(), anchor + "-r" + r);
            for (int c = 0; c < row.cells().size(); c++) {
                for (RaciMatrix.Entry entry : row.cells().get(c).entries()) {
                    anchors.put(entry.pointer(), anchor + "-r" + r + "-c" + c);
                }
            }
        }
        return anchors;
    }

    /** The RACI cell or row that holds {@code pointer}, if any. */
    private static @Nullable String raciHref(Map<JsonPointer, String> raciAnchors, JsonPointer pointer) {
        for (JsonPointer p = pointer; ; p = parent(p)) {
            String anchor = raciAnchors.get(p);
            if (anchor != null) {
                return "#" + anchor;
            }
            if (p.isRoot()) {
                return null;
            }
        }
    }

    private static JsonPointer parent(JsonPointer pointer) {
        return new JsonPointer(pointer.tokens().subList(0, pointer.tokens().size() - 1));
    }

    private static Page.Raci raci(RaciMatrix matrix, List<Finding> findings, Map<Finding, String> findingAnchors,
            Map<JsonPointer, String> raciAnchors) {
        // Which findings concern which row or cell: a finding's location or any related place
        // inside an assignment marks its cell; one at the responsibility itself (a gap) its row.
        Map<String, List<Page.Mark>> marks = new HashMap<>();
        for (Finding finding : findings) {
            List<JsonPointer> places = new ArrayList<>();
            places.add(finding.location());
            places.addAll(finding.related());
            for (JsonPointer place : places) {
                String href = raciHref(raciAnchors, place);
                if (href == null || place.tokens().isEmpty() || !place.tokens().get(0).equals("responsibilities")) {
                    continue;
                }
                List<Page.Mark> list = marks.computeIfAbsent(href.substring(1), k -> new ArrayList<>());
                Page.Mark mark = new Page.Mark(shown(shortRule(finding.ruleId())), "#" + findingAnchors.get(finding),
                        name(finding.severity()));
                if (!list.contains(mark)) {
                    list.add(mark);
                }
            }
        }
        List<String> agencies = matrix.agencies().stream().map(a -> shown(shorten(a.label(), HEADING_CHARS))).toList();
        List<Page.RaciRow> rows = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            RaciMatrix.Row row = matrix.rows().get(r);
            String rowAnchor = raciAnchors.get(row.pointer());
            List<Page.RaciCell> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String cellAnchor = rowAnchor + "-c" + c;
                List<String> roles = row.cells().get(c).entries().stream().map(e -> shown(e.label())).toList();
                cells.add(new Page.RaciCell(cellAnchor, roles, marks.getOrDefault(cellAnchor, List.of())));
            }
            rows.add(new Page.RaciRow(rowAnchor, shown(row.responsibilityId()), shown(row.scope()),
                    marks.getOrDefault(rowAnchor, List.of()), cells));
        }
        return Page.Raci.of(agencies, rows);
    }

    private static Page.Flow flow(DataFlow flow) {
        return new Page.Flow(shown(flow.protocolId()), shown(flow.provider()), shown(String.join(", ", flow.recipients())),
                shown(String.join("; ", flow.dataSets())), flow.classification(), flow.personalData() ? "yes" : "no",
                (flow.encryptedInTransit() ? "yes" : "no") + " / " + (flow.encryptedAtRest() ? "yes" : "no"),
                flow.retention() == null ? "unlimited" : flow.retention(), shown(String.join(", ", flow.legalBasis())));
    }

    private static Page.Ladder ladder(EscalationLadder ladder) {
        List<String> levels = ladder.levels().stream()
                .map(l -> shown(l.forum()) + (l.responseTime() == null ? " (no time limit)" : " (respond within " + l.responseTime() + ")"))
                .toList();
        return new Page.Ladder(shown(ladder.heading()), levels, ladder.finalResolution() == null ? "none" : ladder.finalResolution());
    }

    /**
     * Text from a document as the page shows it: characters that would be invisible or reorder
     * the line around them (controls, bidirectional overrides, zero-width characters) written
     * as {@code \\uXXXX}, so a reader sees what is there.
     */
    static String shown(String text) {
        return Messages.escape(text);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static String shortRule(String ruleId) {
        int dot = ruleId.indexOf('.');
        return dot < 0 ? ruleId : ruleId.substring(dot + 1);
    }

    private static String problemText(ReadProblem problem) {
        return "line " + problem.position().line() + ", column " + problem.position().column() + ": " + problem.message()
                + (problem.pointer().isRoot() ? "" : " (at " + problem.pointer() + ")");
    }

    private static String pointer(JsonPointer pointer) {
        return pointer.isRoot() ? "/" : pointer.toString();
    }

    static String name(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static String heading(Severity severity, int n) {
        String word = switch (severity) {
            case ERROR -> n == 1 ? "Error" : "Errors";
            case WARNING -> n == 1 ? "Warning" : "Warnings";
            case INFO -> "Info";
        };
        return word + " (" + n + ")";
    }
}
