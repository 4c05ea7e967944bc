package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.SpecialCategory;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.dua-no-reidentification}: a data use agreement for a limited data set provides
 * that the recipient will "Not identify the information or contact the individuals" (45 CFR
 * 164.514(e)(4)(ii)(C)(5)). When a protocol shares a data set in the special category
 * {@code limited-data-set}, the agreement has a provision on {@code no-reidentification}.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoReidentificationRule extends AbstractRule {

    /** Creates the rule. */
    public NoReidentificationRule() {
        super("us-hipaa.dua-no-reidentification", Severity.ERROR, Principle.INFORMATION_SHARING,
                "A data use agreement for a limited data set forbids identifying the information or contacting the individuals.",
                List.of(Hipaa.cfr("164.514(e)(4)(ii)(C)(5)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int p = 0; p < protocols.size(); p++) {
            if (protocols.get(p).dataSets().stream().anyMatch(d -> d.isIn(SpecialCategory.LIMITED_DATA_SET))) {
                if (agreement.provisions(ProvisionTopic.NO_REIDENTIFICATION).isEmpty()) {
                    context.report(JsonPointer.of("provisions"), "protocol " + protocols.get(p).id()
                            + " shares a limited data set, and the agreement does not forbid the recipient to identify"
                            + " the information or contact the individuals, which 45 CFR 164.514(e)(4)(ii)(C)(5) requires",
                            "add a provision with topic \"no-reidentification\"",
                            List.of(JsonPointer.of("dataSharingProtocols", p)));
                }
                return;
            }
        }
        context.notApplicable("no protocol shares a limited data set");
    }
}
