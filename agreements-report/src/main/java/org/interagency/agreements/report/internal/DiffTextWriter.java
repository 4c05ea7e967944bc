package org.interagency.agreements.report.internal;

import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.core.FindingComparison;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.VersionOutcome;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.versions.Change;
import org.interagency.agreements.versions.ChangeClass;
import org.jspecify.annotations.Nullable;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The comparison of two versions for people, as text or as Markdown: the changes grouped by
 * class (material first) and by section, each with its kind, element, place in both documents
 * and values; the findings introduced and resolved; the counts.
 *
 * <pre>
 * comparing old.json (version 1) with new.json (version 2) of the agreement "cma-ssa-cdss-2026"
 *
 * material changes: 1
 *   dataSharingProtocols
 *     changed  /dataSharingProtocols/response-file/retention
 *              previous 151:24  current 160:24
 *              "P1Y" -&gt; "P2Y"
 * </pre>
 *
 * <p>Every text line is escaped ({@link Messages#escape}); in Markdown every character that
 * comes from a document or a file name and could make markup is backslash-escaped, so that it
 * shows as itself and makes no table cell, link or HTML.
 */
public final class DiffTextWriter {

    private static final String INDENT = "             ";

    /** The characters that open or close inline Markdown (GitHub's included), escaped in {@link #md}. */
    private static final String MARKUP = "\\`*_[]<>|~&";

    private DiffTextWriter() {
    }

    /** Writes {@code outcome} to {@code out}, as Markdown if {@code markdown}, and flushes it. */
    public static void write(VersionOutcome outcome, PrintWriter out, boolean markdown) {
        if (markdown) {
            writeMarkdown(outcome, out);
        } else {
            writeText(outcome, out);
        }
        out.flush();
    }

    private static void writeText(VersionOutcome outcome, PrintWriter out) {
        line(out, "comparing " + describe(outcome.previous(), outcome.comparison().previous()) + " with "
                + describe(outcome.current(), outcome.comparison().current()) + " of the agreement "
                + Messages.quote(outcome.comparison().agreementId()));
        for (ChangeClass changeClass : ChangeClass.values()) {
            List<Change> changes = of(outcome, changeClass);
            out.println();
            out.println(name(changeClass) + " changes: " + changes.size());
            String section = null;
            for (Change change : changes) {
                if (!change.section().equals(section)) {
                    section = change.section();
                    line(out, "  " + section);
                }
                line(out, "    " + String.format(Locale.ROOT, "%-8s", name(change.kind())) + " " + change.element());
                line(out, INDENT + "previous " + position(outcome.previousPosition(change)) + "  current "
                        + position(outcome.currentPosition(change)));
                line(out, INDENT + value(change.previousValue()) + " -> " + value(change.currentValue()));
            }
        }
        FindingComparison findings = outcome.findings();
        if (findings != null) {
            out.println();
            out.println("findings of the current version, checked as the version that follows the previous one:");
            writeFindings(out, "introduced", findings.introduced(), outcome.current());
            writeFindings(out, "resolved", findings.resolved(), outcome.previous());
            out.println("  unchanged: " + findings.unchanged().size());
        }
        out.println();
        out.println(counts(outcome));
    }

    private static void writeFindings(PrintWriter out, String what, List<Finding> findings, CheckedDocument document) {
        out.println("  " + what + ": " + findings.size());
        for (Finding finding : findings) {
            SourcePosition at = document.position(finding.location());
            line(out, "    " + at.line() + ":" + at.column() + "  " + name(finding.severity()) + "  " + finding.ruleId()
                    + "  " + finding.location());
            line(out, INDENT + finding.message());
        }
    }

    private static void writeMarkdown(VersionOutcome outcome, PrintWriter out) {
        out.println("## Changes from " + md(describe(outcome.previous(), outcome.comparison().previous())) + " to "
                + md(describe(outcome.current(), outcome.comparison().current())));
        out.println();
        out.println("Agreement " + md(Messages.quote(outcome.comparison().agreementId())) + ": " + md(counts(outcome)) + ".");
        for (ChangeClass changeClass : ChangeClass.values()) {
            List<Change> changes = of(outcome, changeClass);
            out.println();
            out.println("### " + capitalized(name(changeClass)) + " changes (" + changes.size() + ")");
            if (changes.isEmpty()) {
                continue;
            }
            out.println();
            out.println("| section | change | element | previous | current |");
            out.println("|---|---|---|---|---|");
            for (Change change : changes) {
                out.println("| " + md(change.section()) + " | " + name(change.kind()) + " | " + md(change.element().toString())
                        + " | " + cell(outcome.previousPosition(change), change.previousValue())
                        + " | " + cell(outcome.currentPosition(change), change.currentValue()) + " |");
            }
        }
        FindingComparison findings = outcome.findings();
        if (findings != null) {
            markdownFindings(out, "introduced", findings.introduced(), outcome.current());
            markdownFindings(out, "resolved", findings.resolved(), outcome.previous());
            out.println();
            out.println("Findings unchanged: " + findings.unchanged().size() + ".");
        }
        out.println();
    }

    private static void markdownFindings(PrintWriter out, String what, List<Finding> findings, CheckedDocument document) {
        out.println();
        out.println("### Findings " + what + " (" + findings.size() + ")");
        if (!findings.isEmpty()) {
            out.println();
        }
        for (Finding finding : findings) {
            SourcePosition at = document.position(finding.location());
            out.println("- " + name(finding.severity()) + " " + md(finding.ruleId()) + " at line " + at.line() + ", "
                    + md(finding.location().toString()) + ": " + md(finding.message()));
        }
    }

    private static List<Change> of(VersionOutcome outcome, ChangeClass changeClass) {
        return changeClass == ChangeClass.MATERIAL ? outcome.comparison().material() : outcome.comparison().administrative();
    }

    private static String describe(CheckedDocument document, @Nullable AgreementVersion version) {
        return document.path() + (version == null ? "" : " (version " + Messages.quote(version.version()) + ")");
    }

    static String counts(VersionOutcome outcome) {
        int material = outcome.comparison().material().size();
        int administrative = outcome.comparison().administrative().size();
        return material + " material and " + administrative + " administrative change" + (administrative == 1 ? "" : "s");
    }

    private static String cell(@Nullable SourcePosition position, @Nullable String value) {
        return position == null ? "\u2014" : "line " + position.line() + ": " + md(value);
    }

    private static String position(@Nullable SourcePosition position) {
        return position == null ? "-" : position.line() + ":" + position.column();
    }

    private static String value(@Nullable String value) {
        return value == null ? "(none)" : value;
    }

    /** Lower-case, with spaces for underscores: {@code material}, {@code added}. */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * {@code text} for a Markdown line or table cell (never at the start of a line): escaped as
     * messages are, then every character that can open or close inline markup backslash-escaped
     * (CommonMark lets any ASCII punctuation be), so that {@code |} splits no cell and {@code <},
     * {@code [}, {@code `}, {@code *} or {@code &} start no HTML, link, code, emphasis or entity.
     */
    static String md(@Nullable String text) {
        String escaped = Messages.escape(text);
        StringBuilder out = new StringBuilder(escaped.length() + 8);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void line(PrintWriter out, String text) {
        out.println(Messages.escape(text));
    }
}
