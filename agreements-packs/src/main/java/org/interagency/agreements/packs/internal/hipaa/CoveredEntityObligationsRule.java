package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.packs.internal.ProvisionRequiredRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-hipaa.covered-entity-obligations}: "to the extent the business associate is to carry
 * out a covered entity's obligation under this subpart", it complies with the requirements that
 * apply to the covered entity (45 CFR 164.504(e)(2)(ii)(H)). The model cannot tell whether the
 * business associate carries out such an obligation, so a missing clause is a WARNING.
 */
@API(status = INTERNAL, since = "0.1")
public final class CoveredEntityObligationsRule extends ProvisionRequiredRule {

    /** Creates the rule. */
    public CoveredEntityObligationsRule() {
        super("us-hipaa.covered-entity-obligations", Severity.WARNING, Principle.INFORMATION_SHARING,
                "A business associate that carries out a covered entity's obligations complies with the rules that bind it.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(H)")), ProvisionTopic.COVERED_ENTITY_OBLIGATIONS,
                "no undertaking to comply with the covered entity's obligations the business associate carries out");
    }
}
