package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.PaymentMethod;
import org.interagency.agreements.PaymentTerms;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.advance-payment-authority}: an order paid in advance names the requesting
 * agency's statutory authority for advance payment.
 *
 * <p><b>Unverified, so a WARNING with no citation.</b> The requirement comes from FS Form 7600A
 * ("Are Advance Payments Allowed ... If Yes ... Requesting Agency's Statutory Authority Title and
 * Citation"), read only in secondary copies of the form's instructions (grade S; see {@code
 * docs/packs/us-iaa.md}).
 */
@API(status = INTERNAL, since = "0.1")
public final class AdvancePaymentAuthorityRule extends AbstractRule {

    /** Creates the rule. */
    public AdvancePaymentAuthorityRule() {
        super("us-iaa.advance-payment-authority", Severity.WARNING, Principle.FOUNDATIONS,
                "An order paid in advance names the authority for advance payment (unverified, without citation).",
                List.of());
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        PaymentTerms payment = agreement.payment();
        if (payment == null || payment.method() != PaymentMethod.ADVANCE) {
            context.notApplicable("the order is not paid in advance");
        } else if (payment.advanceAuthorityId() == null) {
            context.report(JsonPointer.of("payment", "advanceAuthorityId"), "the order is paid in advance and names no"
                    + " authority for advance payment, which FS Form 7600A asks the requesting agency to state",
                    "add the statute that permits advance payment to authorities, and name it in advanceAuthorityId");
        }
    }
}
