package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.core.internal.Confusables;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code escalation.cycle}: no forum appears at two levels of one escalation path. A level names
 * its forum by governance body id, or, without one, by name. Names are compared as a reader sees
 * them, by their {@linkplain Confusables#skeleton(String) skeleton}: ignoring case, compatibility
 * forms, blanks at either end and repeated blanks, and, with ICU4J, look-alike letters of other
 * scripts (UTS 39), so that {@code "Bоard of directors"} with a Cyrillic {@code о} is the board of
 * directors. A dispute escalated to a forum that already failed to settle it comes back where it
 * started. The repeat is reported, with the first level as the related location.
 */
@API(status = INTERNAL, since = "0.1")
public final class EscalationCycleRule extends SectionElementRule<EscalationPath> {

    private final Confusables confusables;

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public EscalationCycleRule() {
        this(Confusables.standard());
    }

    /** Creates the rule with the given confusables (ICU4J's or the JDK's); for tests. */
    EscalationCycleRule(Confusables confusables) {
        super("escalation.cycle", Severity.ERROR, Principle.CONFLICT_RESOLUTION,
                "No forum appears at two levels of one escalation path.",
                Agreement::escalationPaths, "no escalation path");
        this.confusables = Objects.requireNonNull(confusables, "confusables");
    }

    @Override
    protected void checkElement(Agreement agreement, EscalationPath path, int i, RuleContext context) {
        Map<String, Integer> first = new HashMap<>();
        List<EscalationLevel> levels = path.levels();
        for (int j = 0; j < levels.size(); j++) {
            EscalationLevel level = levels.get(j);
            String forum = level.governanceBodyId() != null
                    ? "body " + level.governanceBodyId()
                    : "forum " + confusables.skeleton(level.forum());
            Integer earlier = first.putIfAbsent(forum, j);
            if (earlier != null) {
                String named = level.governanceBodyId() != null
                        ? "governance body " + Messages.quote(level.governanceBodyId())
                        : "forum " + Messages.quote(level.forum());
                context.report(JsonPointer.of("escalationPaths", i, "levels", j),
                        "escalation path " + Messages.quote(path.id()) + " returns to " + named
                                + " at level " + j + ", already level " + earlier
                                + ": the dispute would come back where it started",
                        "escalate each level to a higher forum than the one before, ending at the final resolution",
                        List.of(JsonPointer.of("escalationPaths", i, "levels", earlier)));
            }
        }
    }
}
