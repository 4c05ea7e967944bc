package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code data.personal-onward-sharing}: personal data is not passed on freely. When recipients
 * may share it onward without the provider's consent, the provider can no longer account for its
 * disclosures (5 U.S.C. 552a(c)) or ensure each one is lawful; computer matching agreements must
 * prohibit redisclosure outright (5 U.S.C. 552a(o)(1)(H)).
 */
@API(status = INTERNAL, since = "0.1")
public final class PersonalOnwardSharingRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PersonalOnwardSharingRule() {
        super("data.personal-onward-sharing", Severity.WARNING, Principle.INFORMATION_SHARING,
                "Personal data may not be shared onward without the provider's consent.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (SectionElementRule.notApplicableIfEmpty(agreement.dataSharingProtocols(), "no data-sharing protocol", context)) {
            return;
        }
        if (agreement.dataSharingProtocols().stream().flatMap(p -> p.dataSets().stream())
                .noneMatch(DataSet::personalData)) {
            context.notApplicable("no protocol shares personal data");
            return;
        }
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int i = 0; i < protocols.size(); i++) {
            DataSharingProtocol protocol = protocols.get(i);
            if (protocol.onwardSharing() != OnwardSharing.PERMITTED) {
                continue;
            }
            int k = ProtectedDataRule.firstById(protocol.dataSets(), DataSet::personalData);
            if (k >= 0) {
                context.report(JsonPointer.of("dataSharingProtocols", i, "onwardSharing"),
                        "protocol " + Messages.quote(protocol.id()) + " lets recipients share personal data onward"
                                + " without the provider's consent",
                        "set onwardSharing to with-provider-consent or prohibited",
                        List.of(JsonPointer.of("dataSharingProtocols", i, "dataSets", k)));
            }
        }
    }
}
