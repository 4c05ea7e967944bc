package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code comms.party-without-contact}: every party names a point of contact. When something goes
 * wrong at 2 a.m., the other agencies need to know whom to call.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyWithoutContactRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyWithoutContactRule() {
        super("comms.party-without-contact", Severity.WARNING, Principle.COMMUNICATION,
                "Every party names at least one point of contact.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).contacts().isEmpty()) {
                context.report(JsonPointer.of("parties", i, "contacts"),
                        "party " + Messages.quote(parties.get(i).agencyId()) + " names no point of contact",
                        "add a contact with a name, a role and an e-mail address");
            }
        }
    }
}
