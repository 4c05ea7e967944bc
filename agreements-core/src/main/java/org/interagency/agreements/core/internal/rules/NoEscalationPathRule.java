package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code escalation.none}: the agreement says how disputes between the parties are escalated.
 * Without a path, a disagreement between staff has nowhere to go but the press or the courts.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoEscalationPathRule extends EmptySectionRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public NoEscalationPathRule() {
        super("escalation.none", Severity.WARNING, Principle.CONFLICT_RESOLUTION,
                "The agreement has at least one escalation path for disputes.",
                "escalationPaths", Agreement::escalationPaths, "the agreement has no escalation path for disputes",
                "add a path of levels (working group, then steering committee), each with a response time,"
                        + " and a final resolution");
    }
}
