package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code governance.chair-not-member}: a body's chair is one of its members. A chair from outside
 * the body leads decisions it has no part in.
 */
@API(status = INTERNAL, since = "0.1")
public final class ChairNotMemberRule extends SectionElementRule<GovernanceBody> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ChairNotMemberRule() {
        super("governance.chair-not-member", Severity.ERROR, Principle.JOINT_DECISION_MAKING,
                "A governance body's chair is one of its members.",
                Agreement::governanceBodies, "no governance body");
    }

    @Override
    protected void checkElement(Agreement agreement, GovernanceBody body, int i, RuleContext context) {
        if (!body.members().contains(body.chairAgencyId())) {
            context.report(JsonPointer.of("governanceBodies", i, "chairAgencyId"),
                    "the chair " + Messages.quote(body.chairAgencyId()) + " of governance body " + Messages.quote(body.id())
                            + " is not one of its members",
                    "add the chair's agency to the members, or choose a chair among them",
                    List.of(JsonPointer.of("governanceBodies", i, "members")));
        }
    }
}
