package org.interagency.agreements.accountability;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.core.internal.accountability.DayIntervalTree;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * "Who is accountable here, now?": for a portfolio of agreements, which agency is accountable for
 * a scope of work in a jurisdiction on a day, and which agreement and responsibility make it so.
 * Immutable and thread-safe; build it once per portfolio and ask it as often as needed.
 *
 * <p>An ACCOUNTABLE assignment answers a question ({@code scope}, {@code jurisdiction},
 * {@code day}) when, as the rules {@code roles.accountable-overlap} and
 * {@code roles.accountability-gap} read an agreement:
 * <ul>
 *   <li>its responsibility's scope is {@code scope} or encloses it (accountable for
 *       {@code emergency/flood} is accountable for {@code emergency/flood/evacuation});</li>
 *   <li>its jurisdiction is {@code jurisdiction} or encloses it, or it names none (it applies
 *       wherever its agreement does); an assignment for a narrower jurisdiction covers only part
 *       of the one asked about, so it does not answer;</li>
 *   <li>{@code day} is within its period and its agreement's term (the term where it names no
 *       period). An agreement whose term expires before it takes effect contributes nothing.</li>
 * </ul>
 * Every agreement given counts, whatever its status: give the index the agreements that are in
 * force if that is the question.
 *
 * <pre>{@code
 * AccountabilityIndex index = AccountabilityIndex.of(agreements);
 * Accountability who = index.accountable(ScopePath.parse("emergency/flood/evacuation"),
 *         Jurisdiction.parse("us/tx/harris-county"), LocalDate.parse("2026-12-01"));
 * switch (who.status()) {
 *     case ACCOUNTABLE -> log.info("{} is accountable", who.agencies().get(0));
 *     case OVERLAP -> log.warn("{} are all accountable", who.agencies());
 *     case GAP -> log.warn("nobody is accountable; nearest: {}", who.nearestAccountableScope());
 * }
 * }</pre>
 *
 * <p>Cost: built in O(n log n) for n accountable assignments; a question is answered in
 * O(log n + k) for k assignments found (and k log k to put them in portfolio order), for scope
 * and jurisdiction paths of bounded depth. The assignments are grouped by (scope, jurisdiction),
 * each group an interval tree over days; a question looks up the groups of its scope's and its
 * jurisdiction's enclosing paths (at most 8 × 9 of them) and asks each tree for the day.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AccountabilityIndex {

    /** The group key of an assignment that names no jurisdiction. */
    private static final String EVERYWHERE = "";

    /** Every accountable assignment, in portfolio order: an assignment's rank is its index here. */
    private final List<AccountableAssignment> assignments;
    /** By scope and jurisdiction: the ranks of their assignments, as a tree over their days. */
    private final Map<String, Group> byScopeAndJurisdiction;
    /** By scope alone, whatever the jurisdiction: for the nearest accountable scope of a gap. */
    private final Map<String, Group> byScope;

    /** The assignments of one group, and the tree that finds those of a day (indexes into ranks). */
    private record Group(int[] ranks, DayIntervalTree days) {
    }

    private AccountabilityIndex(List<AccountableAssignment> assignments) {
        this.assignments = assignments;
        Map<String, List<Integer>> scopeAndJurisdiction = new HashMap<>();
        Map<String, List<Integer>> scope = new HashMap<>();
        for (int rank = 0; rank < assignments.size(); rank++) {
            AccountableAssignment assignment = assignments.get(rank);
            scopeAndJurisdiction.computeIfAbsent(key(assignment.scope().toString(), assignment.jurisdiction()),
                    k -> new ArrayList<>()).add(rank);
            scope.computeIfAbsent(assignment.scope().toString(), k -> new ArrayList<>()).add(rank);
        }
        this.byScopeAndJurisdiction = groups(scopeAndJurisdiction);
        this.byScope = groups(scope);
    }

    /**
     * The index of the accountable assignments of {@code agreements}.
     *
     * @param agreements the portfolio, in the order answers list them
     * @return the index
     */
    public static AccountabilityIndex of(Collection<Agreement> agreements) {
        List<AccountableAssignment> assignments = new ArrayList<>();
        for (Agreement agreement : agreements) {
            Objects.requireNonNull(agreement, "agreement");
            if (!agreement.term().isChronological()) {
                continue;
            }
            DateRange term = agreement.term().period();
            List<Responsibility> responsibilities = agreement.responsibilities();
            for (int r = 0; r < responsibilities.size(); r++) {
                Responsibility responsibility = responsibilities.get(r);
                for (int a = 0; a < responsibility.assignments().size(); a++) {
                    Assignment assignment = responsibility.assignments().get(a);
                    if (assignment.role() != RaciRole.ACCOUNTABLE) {
                        continue;
                    }
                    Optional<DateRange> days = assignment.period() == null
                            ? Optional.of(term) : assignment.period().intersection(term);
                    if (days.isPresent()) {
                        assignments.add(new AccountableAssignment(agreement.id(), responsibility.id(),
                                responsibility.scope(), assignment.agencyId(), assignment.jurisdiction(), days.get(),
                                JsonPointer.of("responsibilities", r, "assignments", a)));
                    }
                }
            }
        }
        return new AccountabilityIndex(List.copyOf(assignments));
    }

    /**
     * The number of accountable assignments the index holds (those of an agreement whose term is
     * not chronological, or whose period lies outside its term, are not held).
     *
     * @return the number of assignments
     */
    public int size() {
        return assignments.size();
    }

    /**
     * Who is accountable for {@code scope} in {@code jurisdiction} on {@code day}.
     *
     * @param scope the work
     * @param jurisdiction the place
     * @param day the day
     * @return the answer: one agency, nobody (with the nearest accountable scope), or several
     */
    public Accountability accountable(ScopePath scope, Jurisdiction jurisdiction, LocalDate day) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        long epochDay = day.toEpochDay();
        List<String> scopes = prefixes(scope.segments());
        List<String> jurisdictions = new ArrayList<>(prefixes(jurisdiction.segments()));
        jurisdictions.add(EVERYWHERE);
        List<Integer> found = new ArrayList<>();
        for (String enclosingScope : scopes) {
            for (String enclosingJurisdiction : jurisdictions) {
                collect(byScopeAndJurisdiction.get(enclosingScope + '\u0000' + enclosingJurisdiction), epochDay, found);
            }
        }
        if (!found.isEmpty()) {
            return new Accountability(scope, jurisdiction, day, inPortfolioOrder(found), null, List.of());
        }
        // A gap: the nearest scope, this one first, with an accountable agency that day anywhere.
        for (int depth = scopes.size(); depth > 0; depth--) {
            collect(byScope.get(scopes.get(depth - 1)), epochDay, found);
            if (!found.isEmpty()) {
                ScopePath nearest = new ScopePath(scope.segments().subList(0, depth));
                return new Accountability(scope, jurisdiction, day, List.of(), nearest, inPortfolioOrder(found));
            }
        }
        return new Accountability(scope, jurisdiction, day, List.of(), null, List.of());
    }

    private static void collect(@Nullable Group group, long day, List<Integer> found) {
        if (group != null) {
            group.days().stab(day, i -> found.add(group.ranks()[i]));
        }
    }

    private List<AccountableAssignment> inPortfolioOrder(List<Integer> ranks) {
        int[] sorted = ranks.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<AccountableAssignment> result = new ArrayList<>(sorted.length);
        for (int rank : sorted) {
            result.add(assignments.get(rank));
        }
        return result;
    }

    private Map<String, Group> groups(Map<String, List<Integer>> ranksByKey) {
        Map<String, Group> groups = new HashMap<>();
        ranksByKey.forEach((key, list) -> {
            int[] ranks = list.stream().mapToInt(Integer::intValue).toArray();
            long[] first = new long[ranks.length];
            long[] last = new long[ranks.length];
            for (int i = 0; i < ranks.length; i++) {
                DateRange days = assignments.get(ranks[i]).days();
                first[i] = days.start().toEpochDay();
                last[i] = days.end() == null ? Long.MAX_VALUE : days.end().toEpochDay();
            }
            groups.put(key, new Group(ranks, DayIntervalTree.of(first, last)));
        });
        return groups;
    }

    private static String key(String scope, @Nullable Jurisdiction jurisdiction) {
        return scope + '\u0000' + (jurisdiction == null ? EVERYWHERE : jurisdiction.toString());
    }

    /** {@code a}, {@code a/b}, {@code a/b/c} for {@code [a, b, c]}: the path and every enclosing one, widest first. */
    private static List<String> prefixes(List<String> segments) {
        String[] prefixes = new String[segments.size()];
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            path.append(i == 0 ? "" : "/").append(segments.get(i));
            prefixes[i] = path.toString();
        }
        return Arrays.asList(prefixes);
    }
}
