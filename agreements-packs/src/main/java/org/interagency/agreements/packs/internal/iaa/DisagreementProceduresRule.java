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
 * {@code us-iaa.disagreement-procedures}: the agencies "should agree to procedures for the
 * resolution of disagreements" (FAR 17.503(c)): an escalation path with a final resolution. The
 * third party's written consent, where a third party decides, is not recorded in the model. A
 * WARNING: "should".
 */
@API(status = INTERNAL, since = "0.1")
public final class DisagreementProceduresRule extends AbstractRule {

    /** Creates the rule. */
    public DisagreementProceduresRule() {
        super("us-iaa.disagreement-procedures", Severity.WARNING, Principle.CONFLICT_RESOLUTION,
                "The agencies of an interagency acquisition agree how disagreements are finally resolved.",
                List.of(Iaa.far("17.503(c)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.escalationPaths().stream().noneMatch(p -> p.finalResolution() != null)) {
            context.report(JsonPointer.of("escalationPaths"), "the agreement has no procedure that finally resolves a"
                    + " disagreement between the agencies, which FAR 17.503(c) says they should agree",
                    "add an escalation path whose finalResolution says who decides in the end");
        }
    }
}
