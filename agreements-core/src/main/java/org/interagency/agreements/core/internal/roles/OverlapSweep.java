package org.interagency.agreements.core.internal.roles;

import org.jspecify.annotations.Nullable;

/**
 * Finds every pair of assignments of different agencies whose scopes, jurisdictions and periods
 * all overlap, without comparing all pairs: for n assignments and k such pairs it costs
 * O(n log n + d²·n + k) time, where d &le; 17 bounds the depth of the scope and jurisdiction
 * trees (16 segments, plus the root), which is O((n + k) log n).
 *
 * <h2>The problem</h2>
 * Two assignments a and b overlap when
 * <ol>
 *   <li>their scopes overlap: one is the other or an ancestor of it (or, in
 *       {@linkplain #find(Input, boolean, PairSink) exact-scope mode}, they are equal);</li>
 *   <li>their jurisdictions overlap in the same sense, where "no jurisdiction" is the root of
 *       the jurisdiction tree and overlaps every jurisdiction;</li>
 *   <li>their periods (inclusive day ranges; "no period" is the term) share a day;</li>
 *   <li>and their agencies differ.</li>
 * </ol>
 *
 * <h2>How</h2>
 * <b>Time: a sweep.</b> Assignments are visited in order of start day (ties by position). When
 * b is visited, the <em>active</em> assignments, those visited before whose period has not
 * ended before b's start, are exactly the earlier-starting ones whose periods share a day with b.
 * So each overlapping pair is found exactly once, when its later-starting member is visited, by
 * a query among the active assignments. Ends are handled by a second sorted order: before b is
 * visited, every assignment ending before b's start is removed (it necessarily started earlier,
 * so it was inserted).
 *
 * <p><b>Scope and jurisdiction: buckets over the two trees.</b> Every code is interned as a node
 * of its tree ({@link NodeTree}); a (scope node, jurisdiction node) pair is a <em>cell</em>. An
 * active assignment x at cell (s, j) overlaps b at (sb, jb) in exactly one of four disjoint ways,
 * by whether s is a strict ancestor of sb or lies in the subtree of sb (sb itself included), and
 * likewise j and jb. The structure keeps four kinds of buckets of active assignments, each kind
 * answering one way with a single bucket look-up per ancestor:
 * <table>
 *   <caption>bucket kinds</caption>
 *   <tr><th>kind</th><th>holds the assignments</th><th>b queries</th></tr>
 *   <tr><td>E(s, j)</td><td>at exactly (s, j)</td><td>every strict ancestor pair of (sb, jb)</td></tr>
 *   <tr><td>JS(s, j)</td><td>at scope exactly s, jurisdiction under j</td><td>JS(s, jb), s a strict ancestor of sb</td></tr>
 *   <tr><td>SJ(s, j)</td><td>at scope under s, jurisdiction exactly j</td><td>SJ(sb, j), j a strict ancestor of jb</td></tr>
 *   <tr><td>D(s, j)</td><td>under s and under j</td><td>D(sb, jb)</td></tr>
 * </table>
 * ("under" includes the node itself.) An assignment is inserted into the buckets of its own
 * cell's ancestors, at most d² of them, and only into buckets that some cell queries, which are
 * computed once per distinct cell before the sweep. Because the four ways are disjoint, b meets
 * each overlapping active assignment in exactly one bucket.
 *
 * <p>Only tree nodes that are some assignment's own scope or jurisdiction ("used" nodes) can
 * hold a bucket's assignments, so the ancestor walks skip the others ({@link Cells}).
 *
 * <p><b>Agencies: groups.</b> Pairs of the same agency are not overlaps and must cost nothing:
 * each bucket groups its assignments by agency, and a query skips the querying agency's group as
 * a whole ({@link ActiveBuckets}).
 *
 * <p><b>The parts, in order.</b>
 * <ol>
 *   <li>{@link ScopePruning}: keeps only the assignments that another agency's might overlap by
 *       scope alone; in a consistent agreement none, and the sweep does not run. O(n + t) for t
 *       nodes in the scope tree.</li>
 *   <li>{@link BucketPlan}, over {@link Cells}: numbers the cells, and decides for each cell which
 *       buckets it queries and inserts into, and for each assignment its group in each, so that
 *       the sweep looks nothing up. O(d²) per distinct cell and O(1) per (assignment, bucket)
 *       entry.</li>
 *   <li>{@link SweepOrder}: the assignments by first day and by last day. O(n log n), and O(n)
 *       for the days of any agreement (a counting sort by day).</li>
 *   <li>The sweep, here, over {@link ActiveBuckets}: O(d²) array steps per assignment plus O(1)
 *       per reported pair, amortized.</li>
 * </ol>
 * Everything lives in primitive arrays, so the check allocates O(n d²) ints and no object per
 * assignment. Not thread-safe; one sweep per check.
 */
final class OverlapSweep {

    /** Receives each overlapping pair once: {@code earlier} was visited before {@code later}. */
    @FunctionalInterface
    interface PairSink {
        /** One overlapping pair of assignment indexes. */
        void accept(int earlier, int later);
    }

    /**
     * The assignments to check, as parallel arrays indexed 0 to {@code size - 1}.
     *
     * @param size the number of assignments
     * @param agency each assignment's agency, as a small int
     * @param scope each assignment's scope node in {@code scopes}
     * @param jurisdiction each assignment's jurisdiction node in {@code jurisdictions} ({@link NodeTree#ROOT} for none)
     * @param start each assignment's first day, as an epoch day
     * @param end each assignment's last day, inclusive, as an epoch day ({@link Long#MAX_VALUE} if open-ended); not before start
     * @param scopes the scope tree
     * @param jurisdictions the jurisdiction tree
     */
    record Input(int size, int[] agency, int[] scope, int[] jurisdiction, long[] start, long[] end,
            NodeTree scopes, NodeTree jurisdictions) {

        /** The assignments {@code rows} of this input, numbered 0 to {@code rows.length - 1}. */
        Input only(int[] rows) {
            int m = rows.length;
            int[] agencies = new int[m];
            int[] scopeNodes = new int[m];
            int[] jurisdictionNodes = new int[m];
            long[] starts = new long[m];
            long[] ends = new long[m];
            for (int k = 0; k < m; k++) {
                int i = rows[k];
                agencies[k] = agency[i];
                scopeNodes[k] = scope[i];
                jurisdictionNodes[k] = jurisdiction[i];
                starts[k] = start[i];
                ends[k] = end[i];
            }
            return new Input(m, agencies, scopeNodes, jurisdictionNodes, starts, ends, scopes, jurisdictions);
        }
    }

    private OverlapSweep() {
    }

    /**
     * Reports every overlapping pair of assignments of different agencies to {@code sink}, each
     * pair once.
     *
     * @param exactScope whether scopes must be equal, rather than overlap
     */
    static void find(Input in, boolean exactScope, PairSink sink) {
        find(in, null, exactScope, sink);
    }

    /**
     * Reports every overlapping pair among the assignments {@code rows} of {@code in} (all if
     * {@code null}) to {@code sink}, each pair once, by their indexes in {@code in}.
     *
     * @param exactScope whether scopes must be equal, rather than overlap
     */
    static void find(Input in, int @Nullable [] rows, boolean exactScope, PairSink sink) {
        if ((rows == null ? in.size() : rows.length) < 2) {
            return;
        }
        int[] kept = mayOverlap(in, rows, exactScope);
        if (kept == null) {
            sweep(in, exactScope, sink);
        } else if (kept.length >= 2) {
            sweep(in.only(kept), exactScope, (earlier, later) -> sink.accept(kept[earlier], kept[later]));
        }
    }

    /**
     * Of the assignments {@code rows} (all if {@code null}), those that another agency's might
     * overlap by scope alone, in order; {@code null} if {@code rows} is {@code null} and every
     * assignment is kept. See {@link ScopePruning}.
     */
    static int @Nullable [] mayOverlap(Input in, int @Nullable [] rows, boolean exactScope) {
        return ScopePruning.mayOverlap(in, rows, exactScope);
    }

    /** The indexes 0 to n - 1 sorted by {@code key}, ties by index. See {@link SweepOrder}. */
    static int[] order(long[] key, int n) {
        return SweepOrder.order(key, n);
    }

    /**
     * The sweep: visits the assignments by first day, and before each removes those that ended
     * before its first day; what remains active shares a day with it, and the buckets its cell
     * queries hold exactly the active ones whose scope and jurisdiction overlap its own.
     */
    private static void sweep(Input in, boolean exactScope, PairSink sink) {
        int n = in.size();
        ActiveBuckets active = new ActiveBuckets(new BucketPlan(in, exactScope), n);
        int[] byStart = order(in.start(), n);
        int[] byEnd = order(in.end(), n);
        int ended = 0;
        for (int k = 0; k < n; k++) {
            int later = byStart[k];
            long day = in.start()[later];
            while (ended < n && in.end()[byEnd[ended]] < day) {
                active.remove(byEnd[ended]);
                ended++;
            }
            active.reportOverlaps(later, in.agency()[later], sink);
            active.add(later);
        }
    }
}
