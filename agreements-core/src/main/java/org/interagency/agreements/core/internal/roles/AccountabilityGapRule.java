package org.interagency.agreements.core.internal.roles;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code roles.accountability-gap}: for some stretch of the term, or somewhere in its
 * jurisdiction, a responsibility has no accountable agency.
 *
 * <p>Precisely:
 * <ul>
 *   <li>The <em>jurisdiction of a responsibility</em> is the agreement's whole territory if the
 *       responsibility has no assignment or any of its assignments (of any role) has no
 *       jurisdiction; otherwise it is the jurisdictions its assignments name, keeping only the
 *       widest (a jurisdiction inside another named one adds nothing).</li>
 *   <li>A day of the term in one of those jurisdictions J is <em>covered</em> when an ACCOUNTABLE
 *       assignment applies to all of J on that day: its jurisdiction is J, contains J, or is
 *       absent (the whole territory), and its period contains the day (no period: the term).
 *       The assignment may be in the responsibility itself or in any responsibility whose scope
 *       is the same or an ancestor: accountability is inherited down the scope tree
 *       (accountable for {@code emergency/flood} is accountable for
 *       {@code emergency/flood/evacuation}). An accountable assignment for a narrower
 *       jurisdiction covers only part of J, so it does not cover J.</li>
 *   <li>Every jurisdiction J with uncovered days gives one finding at the responsibility,
 *       naming J and the uncovered stretches of the term.</li>
 * </ul>
 * A term that expires before it takes effect is reported by Bean Validation, and this rule then
 * reports nothing.
 */
@API(status = INTERNAL, since = "0.1")
public final class AccountabilityGapRule extends RoleRule {

    /** The rule's id. */
    public static final String ID = "roles.accountability-gap";

    /** The jurisdictions of a responsibility that applies to the whole territory. */
    private static final int[] WHOLE_TERRITORY = {NodeTree.ROOT};

    private static final Comparator<long[]> BY_FIRST_DAY = Comparator.comparingLong(r -> r[0]);

    /** Stretches named in one message; more are counted. */
    private static final int SHOWN_STRETCHES = 5;

    /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
    public AccountabilityGapRule() {
        super(ID, Severity.ERROR,
                "Every responsibility has an accountable agency (its own or inherited from an enclosing scope)"
                        + " for its whole jurisdiction and the whole term.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.responsibilities().isEmpty()) {
            context.notApplicable("no responsibilities");
            return;
        }
        if (!agreement.term().isChronological()) {
            context.unknown("the term expires before it takes effect, so its days are unknown");
            return;
        }
        long[] term = Terms.range(agreement);
        // Scopes as nodes of a tree, so that a responsibility's enclosing scopes are its node's
        // ancestors: no sub-list of segments is hashed to find them. The overlap rules share it.
        AssignmentTable all = context.fact(AssignmentTable.EVERY_ROLE, agreement);
        NodeTree scopes = all.scopes;
        // The accountable assignments listed by scope node (first[node], then next[row]), each with its days.
        int[] first = new int[scopes.size()];
        Arrays.fill(first, -1);
        int[] next = new int[all.size];
        long[][] days = new long[all.size][];
        for (int i = 0; i < all.size; i++) {
            if (all.hasRole(i, RaciRole.ACCOUNTABLE)) {
                days[i] = all.start[i] == term[0] && all.end[i] == term[1] ? term : new long[] {all.start[i], all.end[i]};
                int node = all.scopeOf[all.responsibility[i]];
                next[i] = first[node];
                first[node] = i;
            }
        }
        List<Responsibility> responsibilities = agreement.responsibilities();
        List<long[]> covered = new ArrayList<>();
        for (int r = 0; r < responsibilities.size(); r++) {
            for (int where : jurisdictionsOf(all, r)) {
                covered.clear();
                for (int node = all.scopeOf[r]; node != NodeTree.ROOT; node = scopes.parent(node)) {
                    for (int a = first[node]; a >= 0; a = next[a]) {
                        int theirs = all.jurisdiction[a];
                        // No jurisdiction (the root) covers every place; a named one covers itself and what lies inside.
                        if (theirs == NodeTree.ROOT || all.jurisdictions.containsOrEquals(theirs, where)) {
                            covered.add(days[a]);
                        }
                    }
                }
                List<long[]> gaps = uncovered(term, covered);
                if (!gaps.isEmpty()) {
                    String place = where == NodeTree.ROOT ? "the agreement's whole territory" : all.jurisdictions.text(where);
                    report(context, r, responsibilities.get(r), place, term, gaps);
                }
            }
        }
    }

    /**
     * The widest jurisdictions of responsibility r's assignments, as nodes; {@link NodeTree#ROOT}
     * alone for the whole territory.
     */
    private static int[] jurisdictionsOf(AssignmentTable all, int r) {
        int from = all.firstRow[r];
        int to = all.firstRow[r + 1];
        for (int i = from; i < to; i++) {
            if (all.jurisdiction[i] == NodeTree.ROOT) {
                return WHOLE_TERRITORY;
            }
        }
        if (from == to) {
            return WHOLE_TERRITORY;
        }
        int[] widest = new int[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            int candidate = all.jurisdiction[i];
            boolean keep = true;
            for (int k = from; k < to && keep; k++) {
                int other = all.jurisdiction[k];
                // A node per code: another node containing this one is a wider jurisdiction.
                boolean inside = other != candidate && all.jurisdictions.containsOrEquals(other, candidate);
                boolean namedBefore = k < i && other == candidate;
                keep = !inside && !namedBefore;
            }
            if (keep) {
                widest[count++] = candidate;
            }
        }
        return Arrays.copyOf(widest, count);
    }

    /** The stretches of {@code term} that no range in {@code covered} contains, in order; sorts {@code covered}. */
    static List<long[]> uncovered(long[] term, List<long[]> covered) {
        covered.sort(BY_FIRST_DAY);
        List<long[]> gaps = new ArrayList<>();
        long next = term[0];
        for (long[] range : covered) {
            if (range[1] < next) {
                continue;
            }
            if (range[0] > next) {
                if (range[0] > term[1]) {
                    break;
                }
                gaps.add(new long[] {next, range[0] - 1});
            }
            if (range[1] >= term[1]) {
                return gaps;
            }
            next = range[1] + 1;
        }
        gaps.add(new long[] {next, term[1]});
        return gaps;
    }

    private static void report(RuleContext context, int index, Responsibility responsibility,
            String place, long[] term, List<long[]> gaps) {
        StringBuilder message = new StringBuilder("no agency is accountable for responsibility ")
                .append(Messages.quote(responsibility.id())).append(" (").append(responsibility.scope()).append(") in ")
                .append(place).append(' ');
        if (gaps.size() == 1 && gaps.get(0)[0] == term[0] && gaps.get(0)[1] == term[1]) {
            message.append("for the whole term");
        } else {
            for (int g = 0; g < Math.min(gaps.size(), SHOWN_STRETCHES); g++) {
                if (g > 0) {
                    message.append(g == gaps.size() - 1 ? " and " : ", ");
                }
                message.append(Terms.days(gaps.get(g)[0], gaps.get(g)[1]));
            }
            if (gaps.size() > SHOWN_STRETCHES) {
                message.append(" and in ").append(gaps.size() - SHOWN_STRETCHES).append(" more stretches");
            }
        }
        context.report(JsonPointer.of("responsibilities", index), message.toString(),
                "make one agency accountable for it, or for an enclosing scope, in " + place + " for those days");
    }
}
