package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Approval;
import org.interagency.agreements.ApprovalKind;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.determination-and-findings}: "Each Economy Act order ... shall be supported by a
 * determination and findings (D&amp;F)" (FAR 17.502-2(c)(1) codified; 17.502-2(b) in the RFO
 * deviation text), in which the head of the ordering agency decides that the order is in the
 * Government's best interest and that the goods or services cannot be had as conveniently or
 * cheaply by contract (31 U.S.C. 1535(a)(2), (a)(4)): an approval of kind
 * {@code determination-and-findings} by a requesting party, dated no later than the day the order
 * takes effect. What the D&amp;F states, and whether its approver has the authority of
 * 17.502-2(c)(2), cannot be checked: the model records only the approval.
 */
@API(status = INTERNAL, since = "0.1")
public final class DeterminationAndFindingsRule extends AbstractRule {

    /** Creates the rule. */
    public DeterminationAndFindingsRule() {
        super("us-iaa.determination-and-findings", Severity.ERROR, Principle.JOINT_DECISION_MAKING,
                "An Economy Act order is supported by the requesting agency's determination and findings, made before it.",
                List.of(Iaa.economyAct("(a)(2)"), Iaa.economyAct("(a)(4)"), Iaa.far("17.502-2(c)(1)"),
                        Iaa.farDeviation("17.502-2(b)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (!Iaa.isEconomyActOrder(agreement)) {
            context.notApplicable("no authority cites 31 U.S.C. 1535");
            return;
        }
        List<Approval> approvals = agreement.approvals();
        int late = -1;
        for (int i = 0; i < approvals.size(); i++) {
            Approval approval = approvals.get(i);
            if (approval.kind() == ApprovalKind.DETERMINATION_AND_FINDINGS && Iaa.isRequesting(agreement, approval.agencyId())) {
                if (!approval.approvedOn().isAfter(agreement.term().effective())) {
                    return;
                }
                late = i;
            }
        }
        if (late < 0) {
            context.report(JsonPointer.of("approvals"), "the Economy Act order records no determination and findings"
                    + " of the requesting agency, which FAR 17.502-2(c)(1) requires to support each order",
                    "add an approval of kind \"determination-and-findings\" by the requesting agency, with its approver and date");
        } else {
            context.report(JsonPointer.of("approvals", late, "approvedOn"), "the determination and findings was approved on "
                    + approvals.get(late).approvedOn() + ", after the order took effect on " + agreement.term().effective()
                    + "; it must support the order, so it comes first",
                    "set term.effective on or after the approval of the determination and findings",
                    List.of(JsonPointer.of("term", "effective")));
        }
    }
}
