package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code leadership.party-without-sponsor}: every party names an executive sponsor. Without a
 * leader who answers for it, an agency's commitment lapses with the staff who negotiated it.
 */
@API(status = INTERNAL, since = "0.1")
public final class PartyWithoutSponsorRule extends UncoveredPartyRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public PartyWithoutSponsorRule() {
        super("leadership.party-without-sponsor", Severity.WARNING, Principle.LEADERSHIP,
                "Every party names an executive sponsor.");
    }

    @Override
    protected @Nullable Set<String> covered(Agreement agreement) {
        return agencies(agreement.sponsors(), sponsor -> List.of(sponsor.agencyId()));
    }

    @Override
    protected void reportUncovered(Party party, JsonPointer location, RuleContext context) {
        context.report(location,
                "party " + Messages.quote(party.agencyId()) + " names no executive sponsor",
                "add a sponsor from the agency's leadership, with name and title");
    }
}
