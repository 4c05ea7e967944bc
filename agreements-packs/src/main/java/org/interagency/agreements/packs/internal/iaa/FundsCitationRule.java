package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.funds-citation}: the order "should include" a funds citation (FAR 17.503(b)(3)):
 * each funding commitment of a requesting party states its {@code funds}. A WARNING: "should".
 */
@API(status = INTERNAL, since = "0.1")
public final class FundsCitationRule extends AbstractRule {

    /** Creates the rule. */
    public FundsCitationRule() {
        super("us-iaa.funds-citation", Severity.WARNING, Principle.LEADERSHIP,
                "Each funding commitment of the requesting agency cites its funds.",
                List.of(Iaa.far("17.503(b)(3)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        List<ResourceCommitment> commitments = agreement.resourceCommitments();
        for (int i = 0; i < commitments.size(); i++) {
            ResourceCommitment commitment = commitments.get(i);
            if (commitment.kind() == ResourceKind.FUNDING && Iaa.isRequesting(agreement, commitment.agencyId())
                    && commitment.funds() == null) {
                context.report(JsonPointer.of("resourceCommitments", i, "funds"), "funding commitment "
                        + Messages.quote(commitment.id()) + " has no funds citation, which FAR 17.503(b)(3) says the order"
                        + " should include", "add funds with the citation (Treasury account symbol, object class) and the"
                        + " day the funds stop being available");
            }
        }
    }
}
