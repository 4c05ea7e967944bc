package org.interagency.agreements.packs.internal.emac;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-emac.workers-compensation}: an explanation, not a missing clause: each party state provides for the payment of compensation and death benefits to injured members and representatives of the deceased members of its emergency forces, "in the same manner and on the same terms as if the injury or death were sustained within their own state" (EMAC art. VIII, read in Maine's enactment). An INFO for each assisting state that sends personnel.
 */
@API(status = INTERNAL, since = "0.1")
public final class WorkersCompensationRule extends AbstractRule {

    /** Creates the rule. */
    public WorkersCompensationRule() {
        super("us-emac.workers-compensation", Severity.INFO, Principle.LEADERSHIP,
                "Each party state compensates its own personnel injured or killed while giving aid.",
                List.of(Emac.maine("art. VIII", 928)));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        boolean any = false;
        for (int p : Emac.assistingStates(agreement)) {
            Party party = agreement.parties().get(p);
            if (Emac.sendsPersonnel(agreement, party.agencyId())) {
                any = true;
                context.report(JsonPointer.of("parties", p), "by operation of law, not by a clause: %s pays compensation and death benefits to its own personnel injured or killed while rendering aid, as if within its own state (EMAC art. VIII)"
                        .formatted(Messages.quote(party.agencyId())), null);
            }
        }
        if (!any) {
            context.notApplicable("no assisting state sends personnel");
        }
    }
}
