package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.internal.Text;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
public final class AccountabilityGapRule extends RoleRule {

    /** The rule's id. */
    public static final String ID = "roles.accountability-gap";

    /** The jurisdictions of a responsibility that applies to the whole territory. */
    private static final Map<String, @Nullable Jurisdiction> WHOLE_TERRITORY = Collections.singletonMap("", null);

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
        if (!agreement.term().isChronological()) {
            return;
        }
        long[] term = Terms.range(agreement);
        List<Responsibility> responsibilities = agreement.responsibilities();
        // Scopes as nodes of a tree, so that a responsibility's enclosing scopes are its node's
        // ancestors: no sub-list of segments is hashed to find them.
        NodeTree scopes = new NodeTree(2 * responsibilities.size());
        int[] scopeOf = new int[responsibilities.size()];
        int count = 0;
        for (int i = 0; i < responsibilities.size(); i++) {
            scopeOf[i] = scopes.intern(responsibilities.get(i).scope().segments());
            for (Assignment assignment : responsibilities.get(i).assignments()) {
                if (assignment.role() == RaciRole.ACCOUNTABLE) {
                    count++;
                }
            }
        }
        // The accountable assignments listed by scope node (first[node], then next[k]), each with its days.
        Assignment[] accountable = new Assignment[count];
        long[][] days = new long[count][];
        int[] next = new int[count];
        int[] first = new int[scopes.size()];
        Arrays.fill(first, -1);
        int k = 0;
        for (int i = 0; i < responsibilities.size(); i++) {
            for (Assignment assignment : responsibilities.get(i).assignments()) {
                if (assignment.role() == RaciRole.ACCOUNTABLE) {
                    DateRange period = assignment.period();
                    accountable[k] = assignment;
                    days[k] = period == null ? term : new long[] {period.start().toEpochDay(), Terms.endDay(period)};
                    next[k] = first[scopeOf[i]];
                    first[scopeOf[i]] = k++;
                }
            }
        }
        for (int i = 0; i < responsibilities.size(); i++) {
            Responsibility responsibility = responsibilities.get(i);
            for (Map.Entry<String, @Nullable Jurisdiction> place : jurisdictionsOf(responsibility).entrySet()) {
                Jurisdiction where = place.getValue();
                List<long[]> covered = new ArrayList<>();
                for (int node = scopeOf[i]; node != NodeTree.ROOT; node = scopes.parent(node)) {
                    for (int a = first[node]; a >= 0; a = next[a]) {
                        Jurisdiction theirs = accountable[a].jurisdiction();
                        if (theirs == null || where != null && theirs.contains(where)) {
                            covered.add(days[a]);
                        }
                    }
                }
                List<long[]> gaps = uncovered(term, covered);
                if (!gaps.isEmpty()) {
                    report(context, i, responsibility, where, term, gaps);
                }
            }
        }
    }

    /** The widest jurisdictions of the responsibility, by written form; {@code null} for the whole territory. */
    private static Map<String, @Nullable Jurisdiction> jurisdictionsOf(Responsibility responsibility) {
        List<Jurisdiction> named = new ArrayList<>();
        for (Assignment assignment : responsibility.assignments()) {
            if (assignment.jurisdiction() == null) {
                return WHOLE_TERRITORY;
            }
            named.add(assignment.jurisdiction());
        }
        if (named.isEmpty()) {
            return WHOLE_TERRITORY;
        }
        Map<String, @Nullable Jurisdiction> widest = new TreeMap<>();
        for (Jurisdiction candidate : named) {
            boolean inside = named.stream().anyMatch(other -> other.isAncestorOf(candidate));
            if (!inside) {
                widest.put(candidate.toString(), candidate);
            }
        }
        return widest;
    }

    /** The stretches of {@code term} that no range in {@code covered} contains, in order. */
    static List<long[]> uncovered(long[] term, List<long[]> covered) {
        List<long[]> ranges = new ArrayList<>(covered);
        ranges.sort(Comparator.comparingLong(r -> r[0]));
        List<long[]> gaps = new ArrayList<>();
        long next = term[0];
        for (long[] range : ranges) {
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
            @Nullable Jurisdiction where, long[] term, List<long[]> gaps) {
        String place = where == null ? "the agreement's whole territory" : where.toString();
        StringBuilder message = new StringBuilder("no agency is accountable for responsibility ")
                .append(Text.quote(responsibility.id())).append(" (").append(responsibility.scope()).append(") in ")
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
