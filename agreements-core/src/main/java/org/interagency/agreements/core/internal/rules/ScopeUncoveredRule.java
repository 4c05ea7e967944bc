package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code escalation.scope-uncovered}: when the agreement has escalation paths, every
 * responsibility's scope is covered by one. A path covers a scope when one of its scopes is the
 * scope or an ancestor of it; a path with no scopes covers every scope. A dispute about an
 * uncovered responsibility has no agreed way up.
 */
@API(status = INTERNAL, since = "0.1")
public final class ScopeUncoveredRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ScopeUncoveredRule() {
        super("escalation.scope-uncovered", Severity.WARNING, Principle.CONFLICT_RESOLUTION,
                "When escalation paths exist, every responsibility's scope is covered by one.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (SectionElementRule.notApplicableIfEmpty(agreement.escalationPaths(), "no escalation path (escalation.none reports that)", context)) {
            return;
        }
        if (SectionElementRule.notApplicableIfEmpty(agreement.responsibilities(), "no responsibilities", context)) {
            return;
        }
        List<EscalationPath> paths = agreement.escalationPaths();
        if (paths.isEmpty()) {
            return;
        }
        List<Responsibility> responsibilities = agreement.responsibilities();
        for (int i = 0; i < responsibilities.size(); i++) {
            Responsibility responsibility = responsibilities.get(i);
            boolean covered = false;
            for (EscalationPath path : paths) {
                if (path.scopes().isEmpty() || path.covers(responsibility.scope())) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                context.report(JsonPointer.of("responsibilities", i, "scope"),
                        "no escalation path covers the scope " + Messages.quote(responsibility.scope())
                                + " of responsibility " + Messages.quote(responsibility.id()),
                        "add the scope (or an ancestor of it) to an escalation path's scopes");
            }
        }
    }
}
