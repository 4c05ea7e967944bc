package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code governance.no-body}: the agreement sets up at least one governance body. Joint
 * decisions need a forum that can take them, with members, a chair, a quorum and a decision rule.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoGovernanceBodyRule extends EmptySectionRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoGovernanceBodyRule() {
        super("governance.no-body", Severity.WARNING, Principle.JOINT_DECISION_MAKING,
                "The agreement sets up at least one governance body for joint decisions.",
                "governanceBodies", Agreement::governanceBodies, "the agreement sets up no governance body",
                "set up a body (a steering committee, say) with members, a chair, a quorum and a decision rule");
    }
}
