package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.funds-available}: an Economy Act order may be placed only if "amounts are
 * available" (31 U.S.C. 1535(a)(1)): a requesting party commits funding. Whether the funds are
 * really available is not checked. Only for an order that cites 31 U.S.C. 1535.
 */
@API(status = INTERNAL, since = "0.1")
public final class FundsAvailableRule extends AbstractRule {

    /** Creates the rule. */
    public FundsAvailableRule() {
        super("us-iaa.funds-available", Severity.ERROR, Principle.LEADERSHIP,
                "The requesting agency of an Economy Act order commits the funds for it.",
                List.of(Iaa.economyAct("(a)(1)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (!Iaa.isEconomyActOrder(agreement)) {
            context.notApplicable("no authority cites 31 U.S.C. 1535");
            return;
        }
        boolean funded = agreement.resourceCommitments().stream()
                .anyMatch(r -> r.kind() == ResourceKind.FUNDING && Iaa.isRequesting(agreement, r.agencyId()));
        if (!funded) {
            context.report(JsonPointer.of("resourceCommitments"), "no requesting agency commits funding to the order;"
                    + " 31 U.S.C. 1535(a)(1) allows an order only if amounts are available",
                    "add a resource commitment of kind \"funding\" by the requesting agency, with its amount and funds citation");
        }
    }
}
