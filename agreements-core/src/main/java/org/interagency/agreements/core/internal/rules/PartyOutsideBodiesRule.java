package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code governance.party-outside-bodies}: when the agreement sets up governance bodies, every
 * party is a member of at least one. A party outside every body is bound by joint decisions it
 * has no voice in.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyOutsideBodiesRule extends PartyInSectionRule<GovernanceBody> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyOutsideBodiesRule() {
        super("governance.party-outside-bodies", Severity.WARNING, Principle.JOINT_DECISION_MAKING,
                "When governance bodies exist, every party is a member of at least one.",
                Agreement::governanceBodies, GovernanceBody::members, "no governance body",
                "is a member of no governance body",
                "make the party a member of the body that takes the joint decisions binding it");
    }
}
