package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Approval;
import org.interagency.agreements.ApprovalKind;
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
 * {@code us-cma.dib-approval}: each agency's Data Integrity Board "shall review, approve, and
 * maintain all written agreements ... for matching programs" (5 U.S.C. 552a(u)(3)(A)); every
 * agency conducting or participating in a matching program has one ((u)(1)). Each federal party
 * has a {@code data-integrity-board} approval dated no later than the day the agreement takes
 * effect. Non-federal agencies have no Data Integrity Board. A party that states no government
 * level is not counted as federal; if no party states one, the rule cannot tell.
 */
@API(status = INTERNAL, since = "0.1")
public final class DibApprovalRule extends AbstractRule {

    /** Creates the rule. */
    public DibApprovalRule() {
        super("us-cma.dib-approval", Severity.ERROR, Principle.JOINT_DECISION_MAKING,
                "The Data Integrity Board of each federal party approves the agreement before it takes effect.",
                List.of(Cma.privacyAct("(u)(3)(A)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (Cma.noLevelStated(agreement)) {
            context.unknown("no party states its government level, so the federal parties are not known");
            return;
        }
        List<Party> parties = agreement.parties();
        for (int p = 0; p < parties.size(); p++) {
            Party party = parties.get(p);
            if (party.governmentLevel() != GovernmentLevel.FEDERAL) {
                continue;
            }
            Approval approval = null;
            int index = -1;
            List<Approval> approvals = agreement.approvals();
            for (int i = 0; i < approvals.size(); i++) {
                Approval candidate = approvals.get(i);
                if (candidate.kind() == ApprovalKind.DATA_INTEGRITY_BOARD && candidate.agencyId().equals(party.agencyId())
                        && (approval == null || candidate.approvedOn().isBefore(approval.approvedOn()))) {
                    approval = candidate;
                    index = i;
                }
            }
            if (approval == null) {
                context.report(JsonPointer.of("parties", p), "the Data Integrity Board of "
                        + Messages.quote(party.agencyId()) + " has not approved the agreement, which 5 U.S.C."
                        + " 552a(u)(3)(A) requires of every federal agency in a matching program",
                        "add an approval of kind \"data-integrity-board\" for " + Messages.quote(party.agencyId())
                                + " with the day its board approved the agreement");
            } else if (approval.approvedOn().isAfter(agreement.term().effective())) {
                context.report(JsonPointer.of("approvals", index, "approvedOn"), "the Data Integrity Board of "
                        + Messages.quote(party.agencyId()) + " approved the agreement on " + approval.approvedOn()
                        + ", after it took effect on " + agreement.term().effective()
                        + "; 5 U.S.C. 552a(u)(3)(A) requires its approval first",
                        "set term.effective to a day after every board's approval",
                        List.of(JsonPointer.of("term", "effective")));
            }
        }
    }
}
