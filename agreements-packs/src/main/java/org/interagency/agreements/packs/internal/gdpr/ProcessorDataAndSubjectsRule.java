package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.processor-data-and-subjects}: the contract "sets out … the type of personal data
 * and categories of data subjects" (GDPR Art. 28(3), first subparagraph): each personal data set a
 * controller gives a processor lists its {@code dataElements} and its {@code dataSubjectCategories}.
 * The subject matter, duration and purpose are the agreement's title, term and the protocol's
 * purpose, which the model requires.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorDataAndSubjectsRule extends ProcessorProtocolRule {

    /** Creates the rule. */
    public ProcessorDataAndSubjectsRule() {
        super("eu-gdpr.processor-data-and-subjects",
                "A contract with a processor sets out the type of personal data and the categories of data subjects.",
                List.of(Gdpr.art("Art. 28(3)")));
    }

    @Override
    void check(DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        List<DataSet> dataSets = protocol.dataSets();
        for (int d = 0; d < dataSets.size(); d++) {
            DataSet dataSet = dataSets.get(d);
            if (!dataSet.personalData()) {
                continue;
            }
            JsonPointer here = at.append("dataSets").append(d);
            if (dataSet.dataElements().isEmpty()) {
                context.report(here.append("dataElements"), "data set " + Messages.quote(dataSet.id())
                        + " does not say what type of personal data the processor receives, which GDPR Art. 28(3) requires",
                        "list the data elements, for example \"name\", \"date of birth\", \"diagnosis code\"");
            }
            if (dataSet.dataSubjectCategories().isEmpty()) {
                context.report(here.append("dataSubjectCategories"), "data set " + Messages.quote(dataSet.id())
                        + " does not say whose personal data it is, which GDPR Art. 28(3) requires",
                        "list the categories of data subjects, for example \"patients\", \"benefit claimants\"");
            }
        }
    }
}
