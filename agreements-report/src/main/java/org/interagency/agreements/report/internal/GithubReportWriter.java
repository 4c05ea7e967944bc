package org.interagency.agreements.report.internal;

import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.report.CheckOutcome;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.ReadProblem;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The report for GitHub Actions: one workflow command per finding, which the run's page shows as
 * an annotation on the document's line, then the text report's closing counts.
 *
 * <pre>
 * ::error file=examples/mou.yaml,line=112,col=9,title=roles.accountable-overlap::hcohsem and tdem are …%0Ahint: …
 * ::warning file=…,line=…,col=…,title=…::…
 * ::notice file=…,line=…,col=…,title=… (waived)::…   (info findings, and waived findings)
 * 1 document checked: 0 clean, 1 with findings, 0 unreadable; 1 error, 0 warnings, 0 info.
 * </pre>
 *
 * <p>Escaped as GitHub's own toolkit escapes a command ({@code @actions/core}, {@code command.ts}):
 * in the message {@code %}, CR and LF as {@code %25}, {@code %0D} and {@code %0A}; in a property
 * also {@code :} and {@code ,} as {@code %3A} and {@code %2C}. Before that, every text from a
 * document is escaped as the text report escapes it (control and invisible characters as
 * {@code \\uXXXX}), so no line a document holds can start a command of its own.
 */
public final class GithubReportWriter {

    private GithubReportWriter() {
    }

    /** Writes {@code outcome} to {@code out} as workflow commands and a closing line of counts. */
    public static void write(CheckOutcome outcome, PrintWriter out) {
        for (CheckedDocument document : outcome.documents()) {
            for (ReadProblem problem : document.problems()) {
                command(out, "error", document.path(), problem.position(), "unreadable document",
                        List.of(problem.message() + (problem.pointer().isRoot() ? "" : " (at " + problem.pointer() + ")")));
            }
            for (Finding finding : document.report().findings()) {
                Waiver waiver = finding.waiver();
                List<String> lines = new ArrayList<>();
                lines.add(TextReportWriter.pointer(finding.location()) + ": " + finding.message());
                if (finding.hint() != null) {
                    lines.add("hint: " + finding.hint());
                }
                if (waiver != null) {
                    lines.add(TextReportWriter.waived(waiver));
                }
                command(out, waiver == null ? level(finding.severity()) : "notice", document.path(),
                        document.position(finding.location()), finding.ruleId() + (waiver == null ? "" : " (waived)"), lines);
            }
        }
        for (PortfolioFinding finding : outcome.portfolioFindings()) {
            CheckedDocument document = outcome.documentOf(finding.location());
            List<String> lines = new ArrayList<>();
            lines.add(TextReportWriter.pointer(finding.location().pointer()) + ": " + finding.message());
            if (finding.hint() != null) {
                lines.add("hint: " + finding.hint());
            }
            for (AgreementLocation related : finding.related()) {
                lines.add("related: " + related);
            }
            command(out, level(finding.severity()), document == null ? null : document.path(),
                    document == null ? null : document.position(finding.location().pointer()),
                    finding.ruleId() + " in " + finding.location().agreementId(), lines);
        }
        out.println(Messages.escape(TextReportWriter.summary(outcome)));
        out.flush();
    }

    /**
     * One workflow command, {@code ::level file=…,line=…,col=…,title=…::message}, the message's
     * lines each escaped on its own (so a line break in a document's text stays visible text) and
     * joined with the line feed GitHub shows as one.
     */
    private static void command(PrintWriter out, String level, @Nullable String file, @Nullable SourcePosition at,
            String title, List<String> lines) {
        StringBuilder command = new StringBuilder("::").append(level).append(' ');
        if (file != null && at != null) {
            command.append("file=").append(property(file)).append(",line=").append(at.line()).append(",col=").append(at.column())
                    .append(',');
        }
        command.append("title=").append(property(title)).append("::");
        StringBuilder data = new StringBuilder();
        for (String line : lines) {
            data.append(data.length() == 0 ? "" : "\n").append(Messages.escape(line));
        }
        out.println(command.append(escapeData(data.toString())));
    }

    /** A message of a workflow command: {@code %}, CR and LF escaped (GitHub's {@code escapeData}). */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * A property of a workflow command: as {@link #escapeData(String)}, and {@code :} and {@code ,},
     * which end a property, escaped too (GitHub's {@code escapeProperty}).
     */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String property(String text) {
        return escapeProperty(Messages.escape(text));
    }

    /** The command of a severity: {@code error}, {@code warning} or {@code notice}. */
    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }
}
