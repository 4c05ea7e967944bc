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
import java.util.Locale;

/** The assessment for people at a terminal; every line goes through {@link Messages#escape}. */
public final class AssessmentTextWriter {

    private AssessmentTextWriter() {
    }

    /** Writes {@code outcome} to {@code out}, with every criterion if {@code explain}. */
    public static void write(AssessmentOutcome outcome, boolean explain, PrintWriter out) {
        for (AssessmentOutcome.Document document : outcome.documents()) {
            document(document.path(), document.assessment(), explain, out);
        }
        if (outcome.portfolio() != null) {
            portfolio(outcome.portfolio(), out);
        }
        out.flush();
    }

    private static void line(PrintWriter out, String text) {
        out.println(Messages.escape(text));
    }

    private static void document(String path, CollaborationAssessment assessment, boolean explain, PrintWriter out) {
        line(out, "Collaboration assessment of " + Messages.quoteName(path) + " (" + assessment.agreementId() + ") as of " + assessment.asOf());
        line(out, "  " + CollaborationAssessment.SCOPE);
        for (PrincipleAssessment p : assessment.principles()) {
            String level = p.applicable() ? p.level().number() + " " + p.level().title() : "n/a";
            line(out, String.format(Locale.ROOT, "  P%-2d %-44s %-12s %2d/%-2d %s", p.principle().number(),
                    p.principle().title(), level, p.met(), p.total(), AssessmentTexts.step(p)));
            if (explain) {
                for (CriterionResult r : p.results()) {
                    explain(r, out);
                }
            }
        }
        line(out, "  " + AssessmentTexts.summary(assessment));
        out.println();
    }

    private static void explain(CriterionResult r, PrintWriter out) {
        line(out, "      " + r.criterion().id() + " " + AssessmentTexts.status(r) + ": " + r.explanation());
        if (!r.evidence().isEmpty()) {
            line(out, "        at " + String.join(", ", r.evidence().stream().map(JsonPointer::toString).toList()));
        }
        line(out, "        source " + AssessmentTexts.source(r));
    }

    private static void portfolio(PortfolioAssessment portfolio, PrintWriter out) {
        line(out, "Portfolio: each agency's weakest level per principle across the agreements it is party to");
        line(out, "  " + CollaborationAssessment.SCOPE);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-32s %-10s", "agency", "agreements"));
        for (Principle principle : CollaborationAssessment.principlesAssessed()) {
            header.append(String.format(Locale.ROOT, " %-3s", "P" + principle.number()));
        }
        line(out, header + " weakest");
        for (PortfolioAssessment.AgencyProfile agency : portfolio.agencies().values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-32s %-10d", agency.agencyId(),
                    agency.agreementIds().size()));
            for (Principle principle : CollaborationAssessment.principlesAssessed()) {
                DocumentedLevel level = agency.weakest().get(principle);
                row.append(String.format(Locale.ROOT, " %-3s", level == null ? "-" : String.valueOf(level.number())));
            }
            List<String> weakest = agency.weakestPrinciples().stream().map(p -> "P" + p.number()).toList();
            line(out, row + " " + String.join(", ", weakest));
        }
        out.println();
    }
}
