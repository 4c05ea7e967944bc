package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Responsibility;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How an overlapping pair of assignments is reported, the same whatever the order of the
 * agreement's lists: the pair is ordered by what the assignments say, not by where they are
 * listed ({@link OverlapMessage} writes the message).
 */
final class Overlaps {

    private final AssignmentTable table;
    // Each responsibility's rank by id in a table of one agreement (equal ids, equal ranks), or
    // null: compared as ints, rather than as ids reached through the agreement's lists.
    private final int @Nullable [] responsibilityRank;

    private Overlaps(AssignmentTable table, int @Nullable [] responsibilityRank) {
        this.table = table;
        this.responsibilityRank = responsibilityRank;
    }

    /**
     * The order of the pairs of {@code table}, for about {@code pairs} of them. Ranking the
     * responsibilities by id costs a sort of their ids, which pays only when there are at least
     * as many pairs: at 5·10⁴ assignments with 1.2·10⁵ conflicts, the ids reached pair by pair
     * were a sixth of the check.
     */
    static Overlaps of(AssignmentTable table, int pairs) {
        if (table.agreements.size() != 1 || pairs < table.agreements.get(0).responsibilities().size()) {
            return new Overlaps(table, null);
        }
        List<Responsibility> responsibilities = table.agreements.get(0).responsibilities();
        Integer[] byId = new Integer[responsibilities.size()];
        for (int r = 0; r < byId.length; r++) {
            byId[r] = r;
        }
        Arrays.sort(byId, Comparator.comparing(r -> responsibilities.get(r).id()));
        int[] rank = new int[byId.length];
        for (int k = 1; k < byId.length; k++) {
            boolean same = responsibilities.get(byId[k]).id().equals(responsibilities.get(byId[k - 1]).id());
            rank[byId[k]] = same ? rank[byId[k - 1]] : k;
        }
        return new Overlaps(table, rank);
    }

    /**
     * Of two entries of {@code table}, the one a finding about the pair is reported at: the first
     * by content (responsibility id, agency, jurisdiction, days, then position).
     */
    static int first(AssignmentTable table, int a, int b) {
        return new Overlaps(table, null).first(a, b);
    }

    /** As {@link #first(AssignmentTable, int, int)}. */
    int first(int a, int b) {
        return compareContent(a, b) <= 0 ? a : b;
    }

    /**
     * Compares two entries by agreement id, responsibility id, agency, jurisdiction, first day,
     * last day, then position. Field by field, without a comparator chain, and a jurisdiction's
     * text only if the two jurisdictions differ: in a profile of 10^5 assignments with 958
     * conflicts, building the chain and the texts for every pair was a third of the time spent
     * reporting the conflicts.
     */
    private int compareContent(int a, int b) {
        int c = table.agreement[a] == table.agreement[b] ? 0
                : table.agreements.get(table.agreement[a]).id().compareTo(table.agreements.get(table.agreement[b]).id());
        if (c == 0 && table.responsibility[a] != table.responsibility[b]) {
            c = responsibilityRank != null
                    ? Integer.compare(responsibilityRank[table.responsibility[a]], responsibilityRank[table.responsibility[b]])
                    : table.responsibilityOf(a).id().compareTo(table.responsibilityOf(b).id());
        }
        if (c == 0 && table.agency[a] != table.agency[b]) {
            c = table.agencies.get(table.agency[a]).compareTo(table.agencies.get(table.agency[b]));
        }
        if (c == 0 && table.jurisdiction[a] != table.jurisdiction[b]) {
            c = table.jurisdictions.text(table.jurisdiction[a]).compareTo(table.jurisdictions.text(table.jurisdiction[b]));
        }
        if (c == 0) {
            c = Long.compare(table.start[a], table.start[b]);
        }
        if (c == 0) {
            c = Long.compare(table.end[a], table.end[b]);
        }
        if (c == 0) {
            c = Integer.compare(table.responsibility[a], table.responsibility[b]);
        }
        if (c == 0) {
            c = Integer.compare(table.assignment[a], table.assignment[b]);
        }
        return c;
    }
}
