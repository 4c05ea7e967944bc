package org.interagency.agreements.packs.internal.emac;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-emac.reimbursement}: the receiving state reimburses the assisting state for the loss,
 * damage and expense of its aid, unless the assisting state assumes the cost or donates it, and
 * the states may agree another allocation (EMAC art. IX, read in Maine's enactment): the agreement
 * states its {@code payment} terms (a donation in their {@code terms}). A WARNING: the article
 * applies without them, and stating them settles which of its cases the mission is.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReimbursementRule extends AbstractRule {

    /** Creates the rule. */
    public ReimbursementRule() {
        super("us-emac.reimbursement", Severity.WARNING, Principle.LEADERSHIP,
                "An EMAC mission says how the assisting state is reimbursed, or that it donates its aid.",
                List.of(Emac.maine("art. IX", 929)));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (Emac.assistingStates(agreement).isEmpty()) {
            context.notApplicable("no assisting state");
            return;
        }
        if (agreement.payment() == null) {
            context.report(JsonPointer.of("payment"), "the agreement does not say how the requesting state reimburses the"
                    + " assisting states, or that they donate their aid (EMAC art. IX)",
                    "add payment terms: method \"reimbursement\", or a donation stated in their terms");
        }
    }
}
