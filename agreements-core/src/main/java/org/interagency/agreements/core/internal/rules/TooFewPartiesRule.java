package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code parties.too-few}: an interagency agreement binds at least two distinct agencies. One
 * agency listed twice is still one party.
 */
@API(status = INTERNAL, since = "0.1")
public final class TooFewPartiesRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public TooFewPartiesRule() {
        super("parties.too-few", Severity.ERROR, Principle.FOUNDATIONS,
                "The agreement has at least two distinct parties.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        int distinct = agreement.partyIds().size();
        if (distinct < 2) {
            context.report(JsonPointer.of("parties"),
                    "the agreement has " + distinct + " distinct part" + (distinct == 1 ? "y" : "ies")
                            + "; an interagency agreement needs at least two",
                    "list every agency that the agreement binds, each once, with its own agencyId");
        }
    }
}
