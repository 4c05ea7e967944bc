package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code uk-ico.individual-rights}: the arrangements for complying with individuals' information rights (ICO data sharing code, annex B): a provision on {@code individual-rights}. A WARNING: a data sharing agreement is good practice, not required.
 */
@API(status = INTERNAL, since = "0.1")
public final class IndividualRightsRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public IndividualRightsRule() {
        super("uk-ico.individual-rights", Severity.WARNING, Principle.INFORMATION_SHARING,
                "A data sharing agreement says how individuals exercise their information rights.",
                List.of(Ico.code("annex B (arrangements for complying with individuals' information rights)")),
                ProvisionTopic.INDIVIDUAL_RIGHTS, "no arrangements for individuals' information rights");
    }
}
