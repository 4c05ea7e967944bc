package org.interagency.agreements.report.internal;

import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.CriterionResult;
import org.interagency.agreements.assessment.DocumentedLevel;
import org.interagency.agreements.assessment.PortfolioAssessment;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.report.AssessmentOutcome;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;

import java.io.PrintWriter;
import java.util.List;

/**
 * The assessment as CommonMark with GitHub-flavoured tables. Every text is made visible first
 * ({@link Messages#escape}: controls and bidirectional overrides as {@code \\uXXXX}), then each
 * character that could start markup in a table cell or heading is backslash-escaped (CommonMark
 * §2.4 allows it before any ASCII punctuation), so a file name is never read as a link, an image,
 * inline HTML or a column break.
 */
public final class AssessmentMarkdownWriter {

    /** The characters escaped: emphasis, code, links and images, HTML and entities, and the cell separator. */
    private static final String MARKUP = "\\`*_[]<>|~&";

    private AssessmentMarkdownWriter() {
    }

    /** Writes {@code outcome} to {@code out}, with a criteria table per document if {@code explain}. */
    public static void write(AssessmentOutcome outcome, boolean explain, PrintWriter out) {
        out.println("# Collaboration assessment");
        out.println();
        out.println("*" + md(capitalised(CollaborationAssessment.SCOPE)) + ".*");
        for (AssessmentOutcome.Document document : outcome.documents()) {
            out.println();
            document(document.path(), document.assessment(), explain, out);
        }
        if (outcome.portfolio() != null) {
            out.println();
            portfolio(outcome.portfolio(), out);
        }
        out.flush();
    }

    private static void document(String path, CollaborationAssessment assessment, boolean explain, PrintWriter out) {
        out.println("## " + md(assessment.agreementId()));
        out.println();
        out.println("File " + md(path) + ", as of " + assessment.asOf() + ".");
        out.println();
        out.println("| Principle | Level | Criteria met | Next step |");
        out.println("|---|---|---|---|");
        for (PrincipleAssessment p : assessment.principles()) {
            String level = p.applicable() ? p.level().number() + " " + p.level().title() : "n/a";
            out.println("| P" + p.principle().number() + " " + md(p.principle().title()) + " | " + md(level) + " | "
                    + p.met() + "/" + p.total() + " | " + md(AssessmentTexts.step(p)) + " |");
        }
        out.println();
        out.println(md(AssessmentTexts.summary(assessment)));
        if (explain) {
            out.println();
            out.println("| Criterion | Outcome | Explanation | Evidence | Source |");
            out.println("|---|---|---|---|---|");
            for (PrincipleAssessment p : assessment.principles()) {
                for (CriterionResult r : p.results()) {
                    out.println("| " + md(r.criterion().id()) + " | " + md(AssessmentTexts.status(r)) + " | "
                            + md(r.explanation()) + " | "
                            + md(String.join(", ", r.evidence().stream().map(JsonPointer::toString).toList())) + " | "
                            + md(AssessmentTexts.source(r)) + " |");
                }
            }
        }
    }

    private static void portfolio(PortfolioAssessment portfolio, PrintWriter out) {
        out.println("## Agencies across the portfolio");
        out.println();
        out.println("Each agency's weakest level per principle across the agreements it is party to"
                + " (- where no agreement of the agency concerns the principle).");
        out.println();
        StringBuilder header = new StringBuilder("| Agency | Agreements |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (Principle principle : CollaborationAssessment.principlesAssessed()) {
            header.append(" P").append(principle.number()).append(" |");
            rule.append("---|");
        }
        out.println(header + " Weakest |");
        out.println(rule + "---|");
        for (PortfolioAssessment.AgencyProfile agency : portfolio.agencies().values()) {
            StringBuilder row = new StringBuilder("| " + md(agency.agencyId()) + " | "
                    + md(String.join(", ", agency.agreementIds())) + " |");
            for (Principle principle : CollaborationAssessment.principlesAssessed()) {
                DocumentedLevel level = agency.weakest().get(principle);
                row.append(' ').append(level == null ? "-" : String.valueOf(level.number())).append(" |");
            }
            List<String> weakest = agency.weakestPrinciples().stream().map(p -> "P" + p.number()).toList();
            out.println(row + " " + md(String.join(", ", weakest)) + " |");
        }
    }

    /** {@code text} as Markdown text on one line, every markup character escaped. */
    static String md(String text) {
        String visible = Messages.escape(text);
        StringBuilder out = new StringBuilder(visible.length() + 8);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                if (MARKUP.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
