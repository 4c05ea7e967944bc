package org.interagency.agreements.packs.internal.emac;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-emac.resources}: a request states "the amount and type of personnel, equipment,
 * materials and supplies needed and a reasonable estimate of the length of time they will be
 * needed". That is the wording of the International EMAC (Pub. L. 110-171, art. III(b)(2)); the
 * domestic compact's Article III.B was not read, so the rule cites nothing and is a WARNING: each
 * assisting state commits at least one resource, and each of its commitments has an amount, a
 * unit and a period.
 */
@API(status = INTERNAL, since = "0.1")
public final class ResourcesRule extends AbstractRule {

    /** Creates the rule. */
    public ResourcesRule() {
        super("us-emac.resources", Severity.WARNING, Principle.LEADERSHIP,
                "An EMAC mission states the amount and type of the resources and how long they are needed (unverified).",
                List.of());
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        List<ResourceCommitment> commitments = agreement.resourceCommitments();
        for (int p : Emac.assistingStates(agreement)) {
            Party party = agreement.parties().get(p);
            boolean any = false;
            for (int c = 0; c < commitments.size(); c++) {
                ResourceCommitment commitment = commitments.get(c);
                if (!commitment.agencyId().equals(party.agencyId())) {
                    continue;
                }
                any = true;
                if (commitment.amount() == null || commitment.period() == null) {
                    context.report(JsonPointer.of("resourceCommitments", c), "commitment " + Messages.quote(commitment.id())
                            + " of assisting state " + Messages.quote(party.agencyId()) + " does not state "
                            + (commitment.amount() == null ? "how much is sent" : "how long it is needed"),
                            "give the commitment an amount with its unit, and the period it is needed");
                }
            }
            if (!any) {
                context.report(JsonPointer.of("parties", p), "assisting state " + Messages.quote(party.agencyId())
                        + " commits no personnel, equipment or supplies", "add the resources it sends as resourceCommitments");
            }
        }
    }
}
