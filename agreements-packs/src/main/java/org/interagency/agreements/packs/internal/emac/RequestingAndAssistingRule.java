package org.interagency.agreements.packs.internal.emac;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-emac.requesting-and-assisting}: the compact provides "for mutual assistance between the
 * states entering into this compact" (EMAC art. I): a mission names the requesting state (role
 * {@code requesting}) and at least one assisting state of another state (role {@code responding}),
 * each a party state. Whether each state has enacted the compact is not recorded in the model.
 */
@API(status = INTERNAL, since = "0.1")
public final class RequestingAndAssistingRule extends AbstractRule {

    /** Creates the rule. */
    public RequestingAndAssistingRule() {
        super("us-emac.requesting-and-assisting", Severity.ERROR, Principle.ROLES_AND_RESPONSIBILITIES,
                "A mutual aid mission under EMAC names the requesting state and an assisting state.",
                List.of(Emac.compact("art. I")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Set<String> requesting = new HashSet<>();
        Set<String> assisting = new HashSet<>();
        for (Party party : agreement.parties()) {
            if (Emac.isState(party) && party.hasRole(PartyRole.REQUESTING)) {
                requesting.add(Emac.stateOf(party));
            }
            if (Emac.isState(party) && party.hasRole(PartyRole.RESPONDING)) {
                assisting.add(Emac.stateOf(party));
            }
        }
        if (requesting.isEmpty()) {
            context.report(JsonPointer.of("parties"), "no party state has the role \"requesting\": the agreement does not"
                    + " say which state asks for aid under the compact (EMAC art. I)",
                    "give the requesting state's emergency management agency the role \"requesting\"");
        }
        assisting.removeAll(requesting);
        if (assisting.isEmpty()) {
            context.report(JsonPointer.of("parties"), "no party state of another state has the role \"responding\": the"
                    + " agreement names no assisting state (EMAC art. I provides for assistance between states)",
                    "give the assisting state's emergency management agency the role \"responding\"");
        }
    }
}
