package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code escalation.level-without-time-limit}: every escalation level has a response time. A
 * level without one can hold a dispute indefinitely, and the next level never gets it.
 */
@API(status = INTERNAL, since = "0.1")
public final class LevelWithoutTimeLimitRule extends SectionElementRule<EscalationPath> {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public LevelWithoutTimeLimitRule() {
        super("escalation.level-without-time-limit", Severity.WARNING, Principle.CONFLICT_RESOLUTION,
                "Every escalation level has a response time.",
                Agreement::escalationPaths, "no escalation path");
    }

    @Override
    protected void checkElement(Agreement agreement, EscalationPath path, int i, RuleContext context) {
        List<EscalationLevel> levels = path.levels();
        for (int j = 0; j < levels.size(); j++) {
            if (levels.get(j).responseTime() == null) {
                context.report(JsonPointer.of("escalationPaths", i, "levels", j, "responseTime"),
                        "level " + j + " (" + Messages.quote(levels.get(j).forum()) + ") of escalation path "
                                + Messages.quote(path.id()) + " has no response time",
                        "set how long the forum has to settle a dispute before it goes to the next level"
                                + " (for example PT72H)");
            }
        }
    }
}
