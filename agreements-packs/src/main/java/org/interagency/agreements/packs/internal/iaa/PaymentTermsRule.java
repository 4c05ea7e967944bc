package org.interagency.agreements.packs.internal.iaa;

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
 * {@code us-iaa.payment-provision}: the order "should include" a payment provision (FAR
 * 17.503(b)(4)); payment "may be in advance or on providing the goods or services" (31 U.S.C.
 * 1535(b)): the agreement states its payment terms. A WARNING: "should".
 */
@API(status = INTERNAL, since = "0.1")
public final class PaymentTermsRule extends AbstractRule {

    /** Creates the rule. */
    public PaymentTermsRule() {
        super("us-iaa.payment-provision", Severity.WARNING, Principle.LEADERSHIP,
                "An interagency order states whether it is paid in advance or on reimbursement.",
                List.of(Iaa.far("17.503(b)(4)"), Iaa.economyAct("(b)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.payment() == null) {
            context.report(JsonPointer.of("payment"), "the order states no payment provision, which FAR 17.503(b)(4)"
                    + " says it should include", "add payment terms: method \"advance\" or \"reimbursement\", and the billing frequency");
        }
    }
}
