package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.funds-expire-before-term}: an Economy Act order's amount "is deobligated to the
 * extent that the agency or unit filling the order has not incurred obligations, before the end
 * of the period of availability of the appropriation" (31 U.S.C. 1535(d)): a funding commitment
 * whose funds stop being available before the order's term ends is reported, since work after
 * that day needs obligations made before it. A WARNING: the servicing agency may well have
 * obligated the funds in time, which the rule cannot see. Only for an order that cites 31 U.S.C.
 * 1535.
 */
@API(status = INTERNAL, since = "0.1")
public final class FundsAvailabilityRule extends AbstractRule {

    /** Creates the rule. */
    public FundsAvailabilityRule() {
        super("us-iaa.funds-expire-before-term", Severity.WARNING, Principle.LEADERSHIP,
                "The funds of an Economy Act order stay available as long as the order runs.",
                List.of(Iaa.economyAct("(d)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (!Iaa.isEconomyActOrder(agreement)) {
            context.notApplicable("no authority cites 31 U.S.C. 1535");
            return;
        }
        LocalDate end = agreement.term().expires();
        List<ResourceCommitment> commitments = agreement.resourceCommitments();
        for (int i = 0; i < commitments.size(); i++) {
            ResourceCommitment commitment = commitments.get(i);
            LocalDate available = commitment.funds() == null ? null : commitment.funds().availableUntil();
            if (available != null && (end == null || available.isBefore(end))) {
                context.report(JsonPointer.of("resourceCommitments", i, "funds", "availableUntil"), "the funds of "
                        + Messages.quote(commitment.id()) + " are available until " + available + ", and the order runs "
                        + (end == null ? "without an end" : "until " + end) + "; under 31 U.S.C. 1535(d) what the servicing"
                        + " agency has not obligated by then is deobligated",
                        "end the period of performance by " + available + ", or make sure the servicing agency obligates"
                                + " the funds before then", List.of(JsonPointer.of("term", "expires")));
            }
        }
    }
}
