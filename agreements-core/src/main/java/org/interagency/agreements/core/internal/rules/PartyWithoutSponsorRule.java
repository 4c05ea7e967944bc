package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code leadership.party-without-sponsor}: every party names an executive sponsor. Without a
 * leader who answers for it, an agency's commitment lapses with the staff who negotiated it.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyWithoutSponsorRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyWithoutSponsorRule() {
        super("leadership.party-without-sponsor", Severity.WARNING, Principle.LEADERSHIP,
                "Every party names an executive sponsor.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Set<String> sponsored = new HashSet<>();
        for (Sponsor sponsor : agreement.sponsors()) {
            sponsored.add(sponsor.agencyId());
        }
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            if (!sponsored.contains(parties.get(i).agencyId())) {
                context.report(JsonPointer.of("parties", i),
                        "party " + Messages.quote(parties.get(i).agencyId()) + " names no executive sponsor",
                        "add a sponsor from the agency's leadership, with name and title");
            }
        }
    }
}
