package org.interagency.agreements.core.internal.roles;


import org.interagency.agreements.internal.Text;
import java.util.Comparator;

/**
 * How an overlapping pair of assignments is reported, the same whatever the order of the
 * agreement's lists: the pair is ordered by what the assignments say, not by where they are
 * listed, and the message names the shared scope (the narrower of the two), jurisdiction (the
 * narrower) and days (those both periods share).
 */
final class Overlaps {

    private Overlaps() {
    }

    /** Orders two entries of {@code table} by content: responsibility id, agency, jurisdiction, days, then position. */
    static int[] ordered(AssignmentTable table, int a, int b) {
        Comparator<Integer> byContent = Comparator
                .<Integer, String>comparing(i -> table.agreements.get(table.agreement[i]).id())
                .thenComparing(i -> table.responsibilityOf(i).id())
                .thenComparing(i -> table.agencies.get(table.agency[i]))
                .thenComparing(i -> table.jurisdictions.text(table.jurisdiction[i]))
                .thenComparingLong(i -> table.start[i])
                .thenComparingLong(i -> table.end[i])
                .thenComparingInt(i -> table.responsibility[i])
                .thenComparingInt(i -> table.assignment[i]);
        return byContent.compare(a, b) <= 0 ? new int[] {a, b} : new int[] {b, a};
    }

    /**
     * {@code agencies "a" and "b" are both accountable for emergency/flood in us/tx from
     * 2026-01-01 to 2026-12-31 (responsibilities "r1" and "r2")}.
     *
     * @param role the role as the message says it ("accountable")
     * @param wholeTerritory how to say "no jurisdiction"
     */
    static String describe(AssignmentTable table, int first, int second, String role, String wholeTerritory) {
        int scope = deeper(table.scopes, table.scope[first], table.scope[second]);
        int jurisdiction = deeper(table.jurisdictions, table.jurisdiction[first], table.jurisdiction[second]);
        long from = Math.max(table.start[first], table.start[second]);
        long to = Math.min(table.end[first], table.end[second]);
        String where = jurisdiction == NodeTree.ROOT ? wholeTerritory : table.jurisdictions.text(jurisdiction);
        String firstResponsibility = table.responsibilityOf(first).id();
        String secondResponsibility = table.responsibilityOf(second).id();
        String which = table.agreement[first] == table.agreement[second] && table.responsibility[first] == table.responsibility[second]
                ? "both in responsibility " + Text.quote(firstResponsibility)
                : "responsibilities " + Text.quote(firstResponsibility) + " and " + Text.quote(secondResponsibility);
        return "agencies " + Text.quote(table.agencies.get(table.agency[first])) + " and "
                + Text.quote(table.agencies.get(table.agency[second])) + " are both " + role + " for "
                + table.scopes.text(scope) + " in " + where + " " + Terms.days(from, to) + " (" + which + ")";
    }

    private static int deeper(NodeTree tree, int a, int b) {
        return tree.depth(a) >= tree.depth(b) ? a : b;
    }
}
