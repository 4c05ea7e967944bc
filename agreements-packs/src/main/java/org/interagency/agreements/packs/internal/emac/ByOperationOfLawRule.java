package org.interagency.agreements.packs.internal.emac;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * An explanation, not a missing clause: what the compact provides by operation of law for the
 * personnel an assisting state sends. One INFO at each assisting state that sends personnel; not
 * applicable when none does. Each subclass gives the explanation, with {@code %s} where the
 * assisting state's agency id goes.
 */
@API(status = INTERNAL, since = "0.1")
abstract class ByOperationOfLawRule extends AbstractRule {

    private final String explanation;

    /**
     * Fixes the rule's identity and its explanation.
     *
     * @param id the stable id
     * @param principle the principle the rule serves
     * @param description what the law provides, in one sentence
     * @param citations where the compact says it
     * @param explanation the finding's message, with {@code %s} for the quoted agency id
     */
    ByOperationOfLawRule(String id, Principle principle, String description, List<Citation> citations, String explanation) {
        super(id, Severity.INFO, principle, description, citations);
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        boolean any = false;
        for (int p : Emac.assistingStates(agreement)) {
            Party party = agreement.parties().get(p);
            if (Emac.sendsPersonnel(agreement, party.agencyId())) {
                any = true;
                context.report(JsonPointer.of("parties", p), explanation.formatted(Messages.quote(party.agencyId())), null);
            }
        }
        if (!any) {
            context.notApplicable("no assisting state sends personnel");
        }
    }
}
