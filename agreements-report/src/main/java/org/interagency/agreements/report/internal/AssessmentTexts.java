package org.interagency.agreements.report.internal;

import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.CriterionResult;
import org.interagency.agreements.assessment.DocumentedLevel;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.rules.Citation;

import java.util.List;
import java.util.Locale;

/** The phrases every assessment format shares, so the text, Markdown and HTML say the same. */
public final class AssessmentTexts {

    private AssessmentTexts() {
    }

    /** The next-step column: the cap and the next step, or why the principle does not apply. */
    public static String step(PrincipleAssessment p) {
        if (!p.applicable()) {
            return "not applicable: no data-sharing protocol";
        }
        return (p.cap() == null ? "" : p.cap() + "; ") + (p.nextStep() == null ? "" : p.nextStep());
    }

    /** The closing line: the weakest principles and how many are at 3 or more. */
    public static String summary(CollaborationAssessment assessment) {
        List<String> weakest = assessment.weakest().stream().map(p -> "P" + p.principle().number()).toList();
        return "Weakest: " + String.join(", ", weakest)
                + assessment.minimum().map(l -> " (" + l.number() + " " + l.title() + ")").orElse("")
                + ". Principles at 3 or more: " + assessment.countAtLeast(DocumentedLevel.JOINT) + " of "
                + assessment.applicableCount() + " applicable.";
    }

    /** A criterion's outcome as the formats write it: {@code met}, {@code not_met}, … */
    public static String status(CriterionResult r) {
        return r.status().name().toLowerCase(Locale.ROOT);
    }

    /** Where a criterion comes from: its source status and its citations. */
    public static String source(CriterionResult r) {
        return r.criterion().citations().isEmpty() ? "unverified: no framework item, this library's reading"
                : r.criterion().source().name().toLowerCase(Locale.ROOT) + ": "
                        + String.join("; ", r.criterion().citations().stream().map(Citation::text).toList());
    }
}
