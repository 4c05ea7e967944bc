package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code uk-ico.sanctions}: the sanctions for a failure to comply with the agreement or a breach by staff. The section of the final code that lists a data sharing agreement's contents could not be read, so this rule cites nothing and is a WARNING, listed as unverified in {@code docs/packs/uk-ico-dsa.md}: a provision on {@code sanctions}.
 */
@API(status = INTERNAL, since = "0.1")
public final class SanctionsRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public SanctionsRule() {
        super("uk-ico.sanctions", Severity.WARNING, Principle.CONFLICT_RESOLUTION,
                "A data sharing agreement says what follows a failure to comply with it (unverified).",
                List.of(), ProvisionTopic.SANCTIONS, "no sanctions for a failure to comply with the agreement");
    }
}
