package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code parties.parent-cycle}: following {@code parentAgencyId} from party to party ends, at a
 * party without a parent or at a parent that is not a party. A loop means the agencies'
 * hierarchy is wrong, and any question "who answers for this sub-agency" has no answer.
 *
 * <p>Each loop is reported once, at the member with the smallest agency id (so the report does
 * not depend on the order of the parties), with the other members as related locations.
 */
@API(status = INTERNAL, since = "0.1")
public final class ParentCycleRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ParentCycleRule() {
        super("parties.parent-cycle", Severity.ERROR, Principle.FOUNDATIONS,
                "The parent agency chain among the parties does not loop.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.parties().stream().allMatch(party -> party.parentAgencyId() == null)) {
            context.notApplicable("no party names a parent agency");
            return;
        }
        // Each agency id stands for its first occurrence; a repeated id is refs.duplicate-id's.
        Map<String, Integer> index = new HashMap<>();
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            index.putIfAbsent(parties.get(i).agencyId(), i);
        }
        Set<String> done = new HashSet<>();
        for (Party start : parties) {
            List<String> walk = new ArrayList<>();
            Set<String> onWalk = new HashSet<>();
            String current = start.agencyId();
            while (current != null && index.containsKey(current) && !done.contains(current) && onWalk.add(current)) {
                walk.add(current);
                current = parties.get(index.get(current)).parentAgencyId();
            }
            if (current != null && onWalk.contains(current)) {
                report(walk.subList(walk.indexOf(current), walk.size()), index, context);
            }
            done.addAll(walk);
        }
    }

    private static void report(List<String> loop, Map<String, Integer> index, RuleContext context) {
        int smallest = 0;
        for (int k = 1; k < loop.size(); k++) {
            if (loop.get(k).compareTo(loop.get(smallest)) < 0) {
                smallest = k;
            }
        }
        List<String> ordered = new ArrayList<>(loop.subList(smallest, loop.size()));
        ordered.addAll(loop.subList(0, smallest));
        List<JsonPointer> related = new ArrayList<>();
        StringBuilder chain = new StringBuilder();
        for (String agency : ordered) {
            chain.append(Messages.quote(agency)).append(" -> ");
            if (!agency.equals(ordered.get(0))) {
                related.add(JsonPointer.of("parties", index.get(agency), "parentAgencyId"));
            }
        }
        chain.append(Messages.quote(ordered.get(0)));
        context.report(JsonPointer.of("parties", index.get(ordered.get(0)), "parentAgencyId"),
                "the parent agency chain loops: " + chain,
                "give the top agency of the hierarchy no parentAgencyId, or a parent that is not among the agencies"
                        + " of the loop",
                related);
    }
}
