package org.interagency.agreements.core.internal.roles;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;

/**
 * The pruning of {@link OverlapSweep}: before any planning, keeps only the assignments that some
 * other agency's assignment might overlap by scope alone, those whose scope has, among its
 * ancestors, itself and its subtree (in exact-scope mode: at itself), assignments of two or more
 * agencies. In a consistent agreement, where each branch of work has one accountable agency, that
 * is none of them, and the sweep does not run at all. An assignment left out is in no overlapping
 * pair, so the pairs found are the same.
 *
 * <p>It never compares assignments: it tells, for each scope node, which agency holds the
 * assignments around it, as one agency, {@link #NO_AGENCY} or {@link #AGENCIES}. O(n + t) time
 * for t nodes in the scope tree.
 */
final class ScopePruning {

    /** Of a set of assignments, when it has none, and when it has two agencies or more (agencies are not negative). */
    private static final int NO_AGENCY = -1;
    private static final int AGENCIES = -2;

    private ScopePruning() {
    }

    /**
     * Of the assignments {@code rows} of {@code in} (all if {@code null}), those that another
     * agency's might overlap by scope alone, in order; {@code null} if {@code rows} is
     * {@code null} and every assignment is kept.
     */
    static int @Nullable [] mayOverlap(OverlapSweep.Input in, int @Nullable [] rows, boolean exactScope) {
        int[] at = agencyAt(in, rows);
        int[] around = exactScope ? at : agencyAround(in.scopes(), at);
        int n = rows == null ? in.size() : rows.length;
        int count = 0;
        for (int k = 0; k < n; k++) {
            if (around[in.scope()[row(rows, k)]] == AGENCIES) {
                count++;
            }
        }
        if (count == n && rows == null) {
            return null;
        }
        int[] kept = new int[count];
        int m = 0;
        for (int k = 0; k < n && m < count; k++) {
            int i = row(rows, k);
            if (around[in.scope()[i]] == AGENCIES) {
                kept[m++] = i;
            }
        }
        return kept;
    }

    /** Per scope node, the agency of the assignments {@code rows} at exactly that node. */
    private static int[] agencyAt(OverlapSweep.Input in, int @Nullable [] rows) {
        int[] at = new int[in.scopes().size()];
        Arrays.fill(at, NO_AGENCY);
        int n = rows == null ? in.size() : rows.length;
        for (int k = 0; k < n; k++) {
            int i = row(rows, k);
            at[in.scope()[i]] = together(at[in.scope()[i]], in.agency()[i]);
        }
        return at;
    }

    /**
     * Per scope node, the agency of the assignments at its strict ancestors, at itself and in its
     * subtree, from {@code at}. A node's parent has a smaller number ({@link NodeTree}), so one
     * pass down the numbers gathers each subtree into its root, and one pass up carries the
     * ancestors' agencies down.
     */
    private static int[] agencyAround(NodeTree scopes, int[] at) {
        int nodes = scopes.size();
        int[] around = at.clone();
        for (int v = nodes - 1; v > NodeTree.ROOT; v--) {
            int parent = scopes.parent(v);
            around[parent] = together(around[parent], around[v]);
        }
        int[] above = new int[nodes];
        above[NodeTree.ROOT] = NO_AGENCY;
        for (int v = NodeTree.ROOT + 1; v < nodes; v++) {
            int parent = scopes.parent(v);
            above[v] = together(above[parent], at[parent]);
            around[v] = together(around[v], above[v]);
        }
        return around;
    }

    /** The agency of two sets of assignments together: one agency, {@link #NO_AGENCY} or {@link #AGENCIES}. */
    private static int together(int a, int b) {
        return a == NO_AGENCY || a == b ? b : b == NO_AGENCY ? a : AGENCIES;
    }

    private static int row(int @Nullable [] rows, int k) {
        return rows == null ? k : rows[k];
    }
}
