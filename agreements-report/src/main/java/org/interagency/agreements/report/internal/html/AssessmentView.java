package org.interagency.agreements.report.internal.html;

import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.CriterionResult;
import org.interagency.agreements.assessment.PrincipleAssessment;
import org.interagency.agreements.report.internal.AssessmentTexts;

import java.util.ArrayList;
import java.util.List;

/** The assessment parts of the page: a document's table of principles, and its profile chart. */
final class AssessmentView {

    // The chart's geometry, in SVG user units: a column per principle, a row per level.
    private static final int LEFT = 22;
    private static final int TOP = 14;
    private static final int COLUMN = 26;
    private static final int BAR = 18;
    private static final int STEP = 12;
    private static final int LABELS = 16;

    private AssessmentView() {
    }

    static Page.Assessment assessment(CollaborationAssessment assessment, String anchor) {
        List<Page.AssessedPrinciple> rows = new ArrayList<>();
        for (PrincipleAssessment p : assessment.principles()) {
            List<String> unmet = new ArrayList<>();
            for (CriterionResult r : p.results()) {
                if (!r.status().passes()) {
                    unmet.add(PageBuilder.shown(r.criterion().id() + " " + AssessmentTexts.status(r) + ": " + r.explanation()));
                }
            }
            rows.add(new Page.AssessedPrinciple(p.principle().number(), p.principle().title(),
                    p.applicable() ? p.level().number() + " " + p.level().title() : "n/a",
                    p.applicable() ? p.level().number() : -1, p.met(), p.total(), PageBuilder.shown(AssessmentTexts.step(p)),
                    unmet));
        }
        return new Page.Assessment(anchor, "The assessment reads " + CollaborationAssessment.SCOPE + ".", rows,
                PageBuilder.shown(AssessmentTexts.summary(assessment)));
    }

    static Page.Profile profile(CollaborationAssessment assessment, String id, String heading, String href) {
        List<Page.Bar> bars = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int baseline = TOP + 4 * STEP;
        for (int i = 0; i < assessment.principles().size(); i++) {
            PrincipleAssessment p = assessment.principles().get(i);
            int x = LEFT + i * COLUMN + (COLUMN - BAR) / 2;
            int level = p.applicable() ? p.level().number() : 0;
            int h = level * STEP;
            String value = p.applicable() ? String.valueOf(level) : "n/a";
            bars.add(new Page.Bar("P" + p.principle().number(), value, x, baseline - h, BAR, h, x + BAR / 2,
                    baseline - h - 3, baseline + LABELS - 4, p.applicable() ? "l" + level : "na"));
            words.add("P" + p.principle().number() + " " + p.principle().title() + ": " + value);
        }
        List<Page.Gridline> gridlines = new ArrayList<>();
        int right = LEFT + assessment.principles().size() * COLUMN;
        for (int level = 0; level <= 4; level++) {
            gridlines.add(new Page.Gridline(level, baseline - level * STEP, LEFT, right));
        }
        return new Page.Profile(id, heading, href, "Documented level per principle, 0 absent to 4 sustained: "
                + String.join("; ", words) + ".", right + 4, baseline + LABELS, bars, gridlines);
    }
}
