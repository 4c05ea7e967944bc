package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code escalation.no-final-resolution}: every escalation path ends in a final resolution
 * (mediation, arbitration, a joint executive decision, or termination). A dispute that survives
 * the last level otherwise stays open for ever.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoFinalResolutionRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoFinalResolutionRule() {
        super("escalation.no-final-resolution", Severity.WARNING, Principle.CONFLICT_RESOLUTION,
                "Every escalation path ends in a final resolution.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.escalationPaths().isEmpty()) {
            context.notApplicable("no escalation path");
            return;
        }
        List<EscalationPath> paths = agreement.escalationPaths();
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).finalResolution() == null) {
                context.report(JsonPointer.of("escalationPaths", i, "finalResolution"),
                        "escalation path " + Messages.quote(paths.get(i).id()) + " has no final resolution",
                        "say how a dispute the last level cannot settle ends: mediation, arbitration,"
                                + " joint-executive-decision or termination");
            }
        }
    }
}
