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
 * {@code us-cma.records-and-data-elements}: the agreement describes the records that will be
 * matched, "including each data element that will be used, the approximate number of records"
 * (5 U.S.C. 552a(o)(1)(C)). Each data set a source provides lists its data elements and its
 * approximate number of records; the results the recipient creates are not records matched. The
 * projected starting and completion dates of (o)(1)(C) are the term's (see
 * {@code term.matching-duration}).
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordsAndDataElementsRule extends AbstractRule {

    /** Creates the rule. */
    public RecordsAndDataElementsRule() {
        super("us-cma.records-and-data-elements", Severity.ERROR, Principle.INFORMATION_SHARING,
                "Each data set matched lists its data elements and its approximate number of records.",
                List.of(Cma.privacyAct("(o)(1)(C)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        int checked = Cma.forEachProvidedDataSet(agreement, (dataSet, at) -> {
            if (dataSet.dataElements().isEmpty()) {
                context.report(at.append("dataElements"), "data set " + Messages.quote(dataSet.id())
                        + " does not list the data elements the match uses, which 5 U.S.C. 552a(o)(1)(C) requires",
                        "list each data element the match uses in dataElements (for example \"SSN\", \"date of birth\")");
            }
            if (dataSet.approximateRecords() == null) {
                context.report(at.append("approximateRecords"), "data set " + Messages.quote(dataSet.id())
                        + " does not state the approximate number of records matched, which 5 U.S.C. 552a(o)(1)(C)"
                        + " requires", "state the approximate number of records in approximateRecords");
            }
        });
        if (checked == 0) {
            context.notApplicable("no data set that a source provides");
        }
    }
}
