package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.accounting-of-disclosures}: the business associate makes available the information required to provide an accounting of disclosures in accordance with 164.528 (45 CFR 164.504(e)(2)(ii)(G)), in a provision on {@code accounting-of-disclosures}.
 */
@API(status = INTERNAL, since = "0.1")
public final class AccountingOfDisclosuresRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public AccountingOfDisclosuresRule() {
        super("us-hipaa.accounting-of-disclosures", Principle.INFORMATION_SHARING,
                "A business associate agreement makes available the information for an accounting of disclosures under 164.528.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(G)")), ProvisionTopic.ACCOUNTING_OF_DISCLOSURES,
                "no undertaking to make available the information required for an accounting of disclosures under 45 CFR 164.528");
    }
}
