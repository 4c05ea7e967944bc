package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;


import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code escalation.no-final-resolution}: every escalation path ends in a final resolution
 * (mediation, arbitration, a joint executive decision, or termination). A dispute that survives
 * the last level otherwise stays open for ever.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoFinalResolutionRule extends SectionElementRule<EscalationPath> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoFinalResolutionRule() {
        super("escalation.no-final-resolution", Severity.WARNING, Principle.CONFLICT_RESOLUTION,
                "Every escalation path ends in a final resolution.",
                Agreement::escalationPaths, "no escalation path");
    }

    @Override
    protected void checkElement(Agreement agreement, EscalationPath path, int i, RuleContext context) {
        if (path.finalResolution() == null) {
            context.report(JsonPointer.of("escalationPaths", i, "finalResolution"),
                    "escalation path " + Messages.quote(path.id()) + " has no final resolution",
                    "say how a dispute the last level cannot settle ends: mediation, arbitration,"
                            + " joint-executive-decision or termination");
        }
    }
}
