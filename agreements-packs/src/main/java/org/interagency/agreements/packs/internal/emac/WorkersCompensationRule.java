package org.interagency.agreements.packs.internal.emac;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Principle;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-emac.workers-compensation}: an explanation, not a missing clause: each party state provides for the payment of compensation and death benefits to injured members and representatives of the deceased members of its emergency forces, "in the same manner and on the same terms as if the injury or death were sustained within their own state" (EMAC art. VIII, read in Maine's enactment). An INFO for each assisting state that sends personnel.
 */
@API(status = INTERNAL, since = "0.1")
public final class WorkersCompensationRule extends ByOperationOfLawRule {

    /** Creates the rule. */
    public WorkersCompensationRule() {
        super("us-emac.workers-compensation", Principle.LEADERSHIP,
                "Each party state compensates its own personnel injured or killed while giving aid.",
                List.of(Emac.maine("art. VIII", 928)),
                "by operation of law, not by a clause: %s pays compensation and death benefits to its own personnel injured or killed while rendering aid, as if within its own state (EMAC art. VIII)");
    }
}
