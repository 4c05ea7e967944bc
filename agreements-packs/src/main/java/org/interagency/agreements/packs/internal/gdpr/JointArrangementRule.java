package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.Party;
import org.interagency.agreements.Provision;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code eu-gdpr.joint-arrangement}: joint controllers "shall in a transparent manner determine
 * their respective responsibilities for compliance with the obligations under this Regulation …
 * by means of an arrangement between them" (GDPR Art. 26(1)): each joint controller has a share
 * in the arrangement, as a party bound by a provision or responsible or accountable for a
 * responsibility. Whether the shares cover every obligation is a matter of judgement; the
 * exception for responsibilities that Union or Member State law determines is not structured.
 */
@API(status = INTERNAL, since = "0.1")
public final class JointArrangementRule extends AbstractRule {

    /** Creates the rule. */
    public JointArrangementRule() {
        super("eu-gdpr.joint-arrangement", Severity.ERROR, Principle.ROLES_AND_RESPONSIBILITIES,
                "A joint controllers' arrangement determines each joint controller's responsibilities.",
                List.of(Gdpr.art("Art. 26(1)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (!Gdpr.hasJointControllers(agreement)) {
            context.notApplicable("fewer than two parties are joint controllers");
            return;
        }
        Set<String> withShare = new HashSet<>();
        for (Provision provision : agreement.provisions()) {
            withShare.addAll(provision.binds());
        }
        for (Responsibility responsibility : agreement.responsibilities()) {
            for (Assignment assignment : responsibility.assignments()) {
                if (assignment.role() == RaciRole.RESPONSIBLE || assignment.role() == RaciRole.ACCOUNTABLE) {
                    withShare.add(assignment.agencyId());
                }
            }
        }
        List<Party> parties = agreement.parties();
        for (int p = 0; p < parties.size(); p++) {
            Party party = parties.get(p);
            if (party.hasLegalRole(LegalRole.JOINT_CONTROLLER) && !withShare.contains(party.agencyId())) {
                context.report(JsonPointer.of("parties", p), "joint controller " + Messages.quote(party.agencyId())
                        + " has no responsibility in the arrangement: no provision binds it and it is responsible or"
                        + " accountable for nothing, and GDPR Art. 26(1) requires the joint controllers to determine"
                        + " their respective responsibilities",
                        "name the party in the binds of the provisions it carries out, or assign it the responsibilities it has");
            }
        }
    }
}
