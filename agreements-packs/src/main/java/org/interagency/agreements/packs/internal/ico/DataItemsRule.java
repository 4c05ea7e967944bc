package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code uk-ico.data-items}: the data items shared, the "Description of data requested" of the
 * code's request form (annex B): each personal data set lists its {@code dataElements}.
 */
@API(status = INTERNAL, since = "0.1")
public final class DataItemsRule extends ProtocolRule {

    /** Creates the rule. */
    public DataItemsRule() {
        super("uk-ico.data-items", "A data sharing agreement lists the data items shared.",
                List.of(Ico.code("annex B (description of data requested)")));
    }

    @Override
    void check(Agreement agreement, DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        List<DataSet> dataSets = protocol.dataSets();
        for (int d = 0; d < dataSets.size(); d++) {
            DataSet dataSet = dataSets.get(d);
            if (dataSet.personalData() && dataSet.dataElements().isEmpty()) {
                context.report(at.append("dataSets").append(d).append("dataElements"), "personal data set "
                        + Messages.quote(dataSet.id()) + " does not list the data items it shares",
                        "list the data elements, for example \"name\", \"NHS number\", \"date of birth\"");
            }
        }
    }
}
