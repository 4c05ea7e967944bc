package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.GovernmentLevel;
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
 * {@code us-hipaa.government-mou}: a memorandum of understanding takes the place of a business
 * associate contract only "If a covered entity and its business associate are both governmental
 * entities" (45 CFR 164.504(e)(3)(i)(A); 164.314(a)(2)(ii)). A memorandum of understanding with a
 * party that is non-governmental, or that states no government level, is reported. A WARNING: a
 * document called a memorandum may still be a contract that meets (e)(2).
 */
@API(status = INTERNAL, since = "0.1")
public final class GovernmentMouRule extends AbstractRule {

    /** Creates the rule. */
    public GovernmentMouRule() {
        super("us-hipaa.government-mou", Severity.WARNING, Principle.FOUNDATIONS,
                "A memorandum of understanding serves as a business associate agreement only between governmental entities.",
                List.of(Hipaa.cfr("164.504(e)(3)(i)(A)"), Hipaa.cfr("164.314(a)(2)(ii)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.kind() != AgreementKind.MEMORANDUM_OF_UNDERSTANDING) {
            context.notApplicable("the agreement is not a memorandum of understanding");
            return;
        }
        List<Party> parties = agreement.parties();
        for (int p = 0; p < parties.size(); p++) {
            Party party = parties.get(p);
            if (party.governmentLevel() == null || party.governmentLevel() == GovernmentLevel.NON_GOVERNMENTAL) {
                context.report(JsonPointer.of("parties", p, "governmentLevel"), "the agreement is a memorandum of"
                        + " understanding, and " + Messages.quote(party.agencyId()) + " is "
                        + (party.governmentLevel() == null ? "not stated to be" : "not")
                        + " a governmental entity; 45 CFR 164.504(e)(3)(i)(A) lets only governmental entities use one",
                        "state the party's governmentLevel, or make the agreement a contract that meets 45 CFR 164.504(e)(2)");
            }
        }
    }
}
