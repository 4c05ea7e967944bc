package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementStatus;
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
 * {@code leadership.in-force-unsigned}: an agreement in force is signed for every party. A party
 * whose official has not signed is not bound, whatever the status says.
 */
@API(status = INTERNAL, since = "0.1")
public final class InForceUnsignedRule extends UncoveredPartyRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public InForceUnsignedRule() {
        super("leadership.in-force-unsigned", Severity.ERROR, Principle.LEADERSHIP,
                "An agreement in force is signed for every party.");
    }

    @Override
    protected @Nullable Set<String> covered(Agreement agreement) {
        return agreement.status() != AgreementStatus.IN_FORCE ? null
                : agencies(agreement.signatories(), signatory -> List.of(signatory.agencyId()));
    }

    @Override
    protected void reportUncovered(Party party, JsonPointer location, RuleContext context) {
        context.report(location,
                "the agreement is in force but party " + Messages.quote(party.agencyId())
                        + " has not signed it",
                "record the signature of the agency's authorized official, or set the status back to proposed",
                List.of(JsonPointer.of("status")));
    }

    @Override
    protected String whyNotApplicable() {
        return "the agreement is not in force";
    }
}
