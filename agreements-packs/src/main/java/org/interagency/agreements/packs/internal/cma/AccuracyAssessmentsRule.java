package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.accuracy-assessments}: the agreement gives "information on assessments that have
 * been made on the accuracy of the records that will be used" (5 U.S.C. 552a(o)(1)(J)): each
 * data set a source provides states its accuracy assessment. What the assessment found is not
 * judged.
 */
@API(status = INTERNAL, since = "0.1")
public final class AccuracyAssessmentsRule extends AbstractRule {

    /** Creates the rule. */
    public AccuracyAssessmentsRule() {
        super("us-cma.accuracy-assessments", Severity.ERROR, Principle.INFORMATION_SHARING,
                "Each data set matched states the assessments made of its accuracy.",
                List.of(Cma.privacyAct("(o)(1)(J)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        int checked = Cma.forEachProvidedDataSet(agreement, (dataSet, at) -> {
            if (dataSet.accuracyAssessment() == null) {
                context.report(at.append("accuracyAssessment"),
                        "data set " + Messages.quote(dataSet.id()) + " gives no information on assessments of the"
                                + " accuracy of its records, which 5 U.S.C. 552a(o)(1)(J) requires",
                        "state in accuracyAssessment what assessments of the records' accuracy were made, and when");
            }
        });
        if (checked == 0) {
            context.notApplicable("no data set that a source provides");
        }
    }
}
