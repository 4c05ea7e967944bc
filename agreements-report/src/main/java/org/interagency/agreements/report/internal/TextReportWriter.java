package org.interagency.agreements.report.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.report.Baseline;
import org.interagency.agreements.report.BaselineComparison;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report for people: findings grouped by document in the order of the file's lines, each with
 * its line and column, severity, rule id and JSON Pointer, then the message and the hint, and
 * counts at the end.
 *
 * <pre>
 * examples/agreements/harris-county-flood-response-mou.yaml (harris-county-flood-response-mou)
 *   112:9  error    roles.accountable-overlap  /responsibilities/2/assignments/0
 *          hcohsem and tdem are both accountable for ...
 *          hint: ...
 *          cites: 5 U.S.C. 552a(o)(1)(K)            (when the rule cites a provision)
 *          related: /responsibilities/1/assignments/0 (line 104, column 9)
 *          waived until 2027-06-30 by Harris County Attorney: shared until the 2027 revision
 *                                                     (when a waiver accepts the finding; a waiver
 *                                                     the agreement records ends with
 *                                                     "(agreed in the agreement)")
 * </pre>
 *
 * <p>The closing counts are before waivers, then, when any finding is waived, after them. With
 * {@code explain}, each agreement ends with a table of every rule's outcome: one line per rule
 * that did not pass, and the number of rules that passed.
 */
public final class TextReportWriter {

    private static final String INDENT = "         ";

    /**
     * The line that says a waiver accepts a finding, as every format that writes lines has it:
     * {@code waived until 2027-06-30 by Harris County Attorney: ...}, and
     * {@code (agreed in the agreement)} after a waiver the agreement records.
     */
    static String waived(Waiver waiver) {
        return "waived until " + waiver.expires() + " by " + waiver.approvedBy() + ": " + waiver.justification()
                + (waiver.isAgreed() ? " (agreed in the agreement)" : "");
    }

    /** SGR (ECMA-48 Select Graphic Rendition) parameters: bold, and the foreground colours. */
    private static final String BOLD = "1";
    private static final String GREEN = "32";
    private static final Map<Severity, String> COLOURS = Map.of(Severity.ERROR, "31", Severity.WARNING, "33", Severity.INFO, "36");

    private TextReportWriter() {
    }

    /** Writes {@code outcome} to {@code out}, without the outcome tables. */
    public static void write(CheckOutcome outcome, PrintWriter out) {
        write(outcome, out, false);
    }

    /** Writes {@code outcome} to {@code out}, with each agreement's outcome table if {@code explain}. */
    public static void write(CheckOutcome outcome, PrintWriter out, boolean explain) {
        write(outcome, out, explain, false, null);
    }

    /**
     * Writes {@code outcome} to {@code out}, with each agreement's outcome table if {@code explain},
     * and with {@code baseline}: each new finding marked, and the counts of new, unchanged and
     * resolved findings and the resolved ones at the end.
     */
    public static void write(CheckOutcome outcome, PrintWriter out, boolean explain, @Nullable BaselineComparison baseline) {
        write(outcome, out, explain, false, baseline);
    }

    /**
     * Writes {@code outcome} to {@code out}, with each agreement's outcome table if {@code explain},
     * and in colour if {@code colour} (see {@link #write(CheckOutcome, PrintWriter, boolean, boolean, BaselineComparison)}).
     */
    public static void write(CheckOutcome outcome, PrintWriter out, boolean explain, boolean colour) {
        write(outcome, out, explain, colour, null);
    }

    /**
     * Writes {@code outcome} to {@code out}, with each agreement's outcome table if {@code explain},
     * in colour if {@code colour}: document names bold, severities red, yellow and cyan, "no
     * findings" green, the counts bold (the colours are SGR sequences this writer adds around text
     * it has already escaped, so a document still sends no terminal command of its own), and with
     * {@code baseline} if one is given: each new finding marked, and the counts of new, unchanged
     * and resolved findings and the resolved ones at the end.
     */
    public static void write(CheckOutcome outcome, PrintWriter out, boolean explain, boolean colour,
            @Nullable BaselineComparison baseline) {
        for (CheckedDocument document : outcome.documents()) {
            Agreement agreement = document.agreement();
            if (agreement == null) {
                out.println(paint(colour, BOLD, Messages.escape(Messages.quoteName(document.path()))));
                out.println("  not checked: the document could not be read (the reasons are on stderr)");
                out.println();
                continue;
            }
            out.println(paint(colour, BOLD, Messages.escape(Messages.quoteName(document.path())))
                    + Messages.escape(" (" + agreement.id() + ")"));
            // In the order of the file, so a person reads the report alongside the document; the
            // report's own order breaks ties.
            List<Finding> findings = new ArrayList<>(document.report().findings());
            findings.sort(Comparator.comparing((Finding f) -> document.position(f.location()).line())
                    .thenComparing(f -> document.position(f.location()).column()));
            if (findings.isEmpty()) {
                out.println("  " + paint(colour, GREEN, "no findings"));
            }
            for (Finding finding : findings) {
                SourcePosition position = document.position(finding.location());
                writeFinding(out, colour, position, finding.severity(), finding.ruleId(), pointer(finding.location()),
                        finding.message(), finding.hint());
                if (!finding.citations().isEmpty()) {
                    line(out, INDENT + "cites: " + finding.citations().stream().map(Citation::text).collect(Collectors.joining("; ")));
                }
                for (JsonPointer related : finding.related()) {
                    SourcePosition at = document.position(related);
                    line(out, INDENT + "related: " + pointer(related) + " (line " + at.line() + ", column " + at.column() + ")");
                }
                Waiver waiver = finding.waiver();
                if (waiver != null) {
                    line(out, INDENT + waived(waiver));
                }
                if (baseline != null && baseline.isNew(finding)) {
                    line(out, INDENT + "new since the baseline");
                }
            }
            if (explain) {
                explain(out, document.report());
            }
            out.println();
        }
        if (!outcome.portfolioFindings().isEmpty()) {
            out.println("between agreements");
            for (PortfolioFinding finding : outcome.portfolioFindings()) {
                writeFinding(out, colour, null, finding.severity(), finding.ruleId(), where(outcome, finding.location()),
                        finding.message(), finding.hint());
                for (AgreementLocation related : finding.related()) {
                    line(out, INDENT + "related: " + where(outcome, related));
                }
                if (baseline != null && baseline.isNew(finding)) {
                    line(out, INDENT + "new since the baseline");
                }
            }
            out.println();
        }
        out.println(paint(colour, BOLD, summary(outcome)));
        if (baseline != null) {
            writeBaseline(out, baseline);
        }
        out.flush();
    }

    /**
     * The closing line of counts: documents clean, with findings and unreadable, then findings by
     * severity (before and after waivers when any is waived). Nothing in it comes from a document.
     */
    public static String summary(CheckOutcome outcome) {
        int documents = outcome.documents().size();
        int clean = 0;
        int unreadable = 0;
        for (CheckedDocument document : outcome.documents()) {
            if (!document.isReadable()) {
                unreadable++;
            } else if (document.report().findings().isEmpty()) {
                clean++;
            }
        }
        Map<Severity, Integer> counts = outcome.counts();
        return plural(documents, "document") + " checked: " + clean + " clean, "
                + (documents - clean - unreadable) + " with findings, " + unreadable + " unreadable; "
                + counts(counts)
                + (outcome.waivedCount() == 0 ? "" : " before waivers; " + counts(outcome.activeCounts())
                        + " after " + outcome.waivedCount() + " waived")
                + ".";
    }

    /** The closing lines of a check against a baseline: the counts, and each finding resolved. */
    private static void writeBaseline(PrintWriter out, BaselineComparison baseline) {
        out.println("baseline: " + baseline.newCount() + " new, " + baseline.unchangedCount() + " unchanged, "
                + baseline.resolved().size() + " resolved.");
        for (Baseline.Entry resolved : baseline.resolved()) {
            line(out, "  resolved: " + resolved.path() + ":" + resolved.position().line() + ":" + resolved.position().column()
                    + "  " + resolved.severity().name().toLowerCase(Locale.ROOT) + "  " + resolved.ruleId() + "  "
                    + pointer(resolved.pointer()));
            line(out, INDENT + resolved.message());
        }
    }

    private static String counts(Map<Severity, Integer> counts) {
        return plural(counts.get(Severity.ERROR), "error") + ", " + plural(counts.get(Severity.WARNING), "warning")
                + ", " + plural(counts.get(Severity.INFO), "info");
    }

    /**
     * The compact outcome table of one agreement: a summary line of how many rules had each
     * outcome, then one line per rule that did not simply pass (found, not applicable, unknown,
     * disabled, not selected, failed), with its count of findings or its reason.
     */
    private static void explain(PrintWriter out, Report report) {
        Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        int width = 0;
        for (RuleOutcome outcome : report.outcomes()) {
            byOutcome.merge(outcome.outcome(), 1, Integer::sum);
            width = Math.max(width, outcome.ruleId().length());
        }
        StringBuilder summary = new StringBuilder("  outcomes:");
        String separator = " ";
        for (Map.Entry<Outcome, Integer> entry : byOutcome.entrySet()) {
            summary.append(separator).append(entry.getValue()).append(' ').append(outcomeName(entry.getKey()));
            separator = ", ";
        }
        line(out, summary.toString());
        for (RuleOutcome outcome : report.outcomes()) {
            if (outcome.outcome() == Outcome.PASSED) {
                continue;
            }
            String detail;
            if (outcome.outcome() == Outcome.FOUND) {
                long waived = report.findingsOf(outcome.ruleId()).stream().filter(Finding::isWaived).count();
                detail = plural(outcome.findings(), "finding") + (waived == 0 ? "" : " (" + waived + " waived)");
            } else {
                detail = outcome.reason() == null ? "" : outcome.reason();
            }
            line(out, "    " + pad(outcome.ruleId(), width + 2) + pad(outcomeName(outcome.outcome()), 16) + detail);
        }
    }

    private static String outcomeName(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Prints one line of the report escaped: a path, a pointer (whose tokens are the document's
     * keys) or a message of a user's rule may hold a line break or a terminal command.
     */
    private static void line(PrintWriter out, String text) {
        out.println(Messages.escape(text));
    }

    private static void writeFinding(PrintWriter out, boolean colour, @Nullable SourcePosition position, Severity severity,
            String ruleId, String where, String message, @Nullable String hint) {
        String at = position == null ? "" : position.line() + ":" + position.column();
        String name = severity.name().toLowerCase(Locale.ROOT);
        // The severity padded outside the colour, so the columns line up as in plain text.
        out.println("  " + pad(at, 7) + paint(colour, COLOURS.get(severity), name) + pad("", 9 - name.length())
                + Messages.escape(ruleId + "  " + where));
        line(out, INDENT + message);
        if (hint != null) {
            line(out, INDENT + "hint: " + hint);
        }
    }

    private static String where(CheckOutcome outcome, AgreementLocation location) {
        CheckedDocument document = outcome.documentOf(location);
        if (document == null) {
            return location.toString();
        }
        SourcePosition at = document.position(location.pointer());
        return Messages.quoteName(document.path()) + ":" + at.line() + ":" + at.column() + " " + pointer(location.pointer());
    }

    /** The pointer as people read it: {@code /} for the whole document rather than nothing. */
    static String pointer(JsonPointer pointer) {
        return pointer.isRoot() ? "/" : pointer.toString();
    }

    /** {@code escaped} (text already escaped, or this writer's own) in the colour {@code sgr}, if {@code colour}. */
    private static String paint(boolean colour, String sgr, String escaped) {
        return colour ? "\u001b[" + sgr + "m" + escaped + "\u001b[0m" : escaped;
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        do {
            padded.append(' ');
        } while (padded.length() < width);
        return padded.toString();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 || noun.equals("info") ? "" : "s");
    }
}
