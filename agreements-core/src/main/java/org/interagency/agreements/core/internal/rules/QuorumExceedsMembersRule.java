package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code governance.quorum-exceeds-members}: a body's quorum is at most its number of distinct
 * members. Otherwise the body can never meet with a quorum, and can never decide anything.
 */
@API(status = INTERNAL, since = "0.1")
public final class QuorumExceedsMembersRule extends SectionElementRule<GovernanceBody> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public QuorumExceedsMembersRule() {
        super("governance.quorum-exceeds-members", Severity.ERROR, Principle.JOINT_DECISION_MAKING,
                "A governance body's quorum is at most its number of members.",
                Agreement::governanceBodies, "no governance body");
    }

    @Override
    protected void checkElement(Agreement agreement, GovernanceBody body, int i, RuleContext context) {
        int members = new HashSet<>(body.members()).size();
        if (body.quorum() > members) {
            context.report(JsonPointer.of("governanceBodies", i, "quorum"),
                    "governance body " + Messages.quote(body.id()) + " needs a quorum of " + body.quorum()
                            + " but has " + members + (members == 1 ? " member" : " members")
                            + ", so it can never decide",
                    "lower the quorum to at most " + members + ", or add the missing members",
                    List.of(JsonPointer.of("governanceBodies", i, "members")));
        }
    }
}
