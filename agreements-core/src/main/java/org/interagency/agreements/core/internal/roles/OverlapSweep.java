package org.interagency.agreements.core.internal.roles;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;

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
 * hold a bucket's assignments, so the ancestor walks skip the others; a bucket that no cell
 * queries is never filled, and one that is queried but never filled costs nothing but its id.
 *
 * <p><b>Agencies: groups.</b> Pairs of the same agency are not overlaps and must not cost
 * anything (one agency with n overlapping assignments would otherwise cost n²). Each bucket
 * groups its assignments by agency, and a query skips the querying agency's group as a whole.
 * Removal is lazy: a removed assignment is marked dead and its groups' live counts drop; a group
 * is compacted when it holds more dead entries than live ones, and unlinked from its bucket when
 * empty. So a query scans at most two entries per pair it reports, plus one group per bucket.
 *
 * <p><b>Pruning: assignments that cannot overlap another agency's.</b> Before planning, one
 * pass over the scope tree keeps only the assignments that some other agency's assignment might
 * overlap by scope alone: those whose scope has, among its ancestors, itself and its subtree (in
 * exact-scope mode: at itself), assignments of two or more agencies. In a consistent agreement,
 * where each branch of work has one accountable agency, that is none of them, and the sweep does
 * not run; otherwise it runs on the rest, and reports their pairs by their indexes in the input.
 * An assignment left out is in no overlapping pair, so the pairs found are the same. The pass costs
 * O(n + t) for t nodes in the scope tree, and compares no pairs.
 *
 * <p>Sorting costs O(n log n), and O(n) when the days span fewer than n + 65 536 days (a counting
 * sort by day), as the days of any agreement do. Planning, before the sweep, costs O(d²) per distinct cell (a few
 * expected hash look-ups and binary searches each) and O(1) per (assignment, bucket) entry: the
 * cells, each assignment's buckets and its group in each are all numbered by counting sorts and
 * arrays, not looked up during the sweep, because at 10^5 assignments and more a look-up in a
 * table that large misses the cache every time. Inserting, removing and querying then cost O(d²)
 * array steps per assignment plus O(1) per reported pair (amortized over compaction).
 * Everything lives in primitive arrays (linked lists by index, fixed-length group records), so
 * the check allocates O(n d²) ints and no object per assignment. Not thread-safe; one instance
 * per check.
 */
final class OverlapSweep {

    /** Of a group of assignments, when it has none, and when it has two agencies or more (agencies are not negative). */
    private static final int NO_AGENCY = -1;
    private static final int AGENCIES = -2;

    /** {@link #orderByDay} sorts keys that span up to n plus this many days. */
    private static final int DAY_SPAN = 1 << 16;

    private static final long JS = 1;
    private static final long SJ = 2;

    /** The fields of a group record (see {@link #group}), and the record's length. */
    private static final int AGENCY = 0;
    private static final int LIVE = 1;
    private static final int SIZE = 2;
    private static final int FIRST = 3;
    private static final int NEXT = 4;
    private static final int PREVIOUS = 5;
    private static final int GROUP = 8;

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

    private final Input in;
    private final boolean exactScope;
    private final boolean[] alive;
    private final int[] cellOf;

    /**
     * The cells of scope s are {@code scopeCellStart[s] .. scopeCellStart[s + 1] - 1}, in order of
     * jurisdiction node; {@code cellJurisdictionOf[c]} is cell c's jurisdiction.
     */
    private int[] scopeCellStart = new int[0];
    private int[] cellJurisdictionOf = new int[0];
    /** Per scope node, the depth of the deepest jurisdiction some cell pairs it with, or -1. */
    private int[] deepestJurisdictionAtScope = new int[0];
    /** Per jurisdiction node, the depth of the deepest scope some cell pairs it with, or -1. */
    private int[] deepestScopeAtJurisdiction = new int[0];
    /** Per cell, the buckets it inserts into: {@code insertData[insertStart[c] .. insertStart[c + 1])}. */
    private int[] insertStart = new int[0];
    private IntList insertData = new IntList(16);
    /** Per cell, the buckets it queries, likewise. */
    private int[] queryStart = new int[0];
    private IntList queryData = new IntList(16);

    /** Per bucket, its first group with live entries, or -1. */
    private int[] bucketHead = new int[0];
    private int groupCount;
    /**
     * Group g's fields at {@code group[g * GROUP + field]}: its agency, live entries, entries,
     * first entry (or -1), and the next and previous group of its bucket's list (or -1). One
     * record per group rather than one array per field: the sweep visits groups in no useful
     * order, and at 10^6 assignments each array would miss the cache on every visit.
     */
    private int[] group = new int[0];
    /** Per assignment, its group in each bucket it is inserted into, from {@code itemGroupStart[i]}, in the order of its cell's list. */
    private int[] itemGroupStart = new int[0];
    private int[] itemGroups = new int[0];
    /** Entries: the assignment, and the next entry of the group, or -1. */
    private int nodeCount;
    /** Entry k's assignment at {@code node[2 k]}, the next entry of its group (or -1) at {@code node[2 k + 1]}. */
    private int[] node = new int[0];

    private OverlapSweep(Input in, boolean exactScope) {
        this.in = in;
        this.exactScope = exactScope;
        this.alive = new boolean[in.size()];
        this.cellOf = new int[in.size()];
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
            new OverlapSweep(in, exactScope).sweep(sink);
        } else if (kept.length >= 2) {
            new OverlapSweep(in.only(kept), exactScope).sweep((earlier, later) -> sink.accept(kept[earlier], kept[later]));
        }
    }

    /**
     * Of the assignments {@code rows} (all if {@code null}), those that another agency's might
     * overlap by scope alone, in order (see the class comment, "Pruning"): for each scope node,
     * the agency of its assignments, of those in its subtree and of those at its strict
     * ancestors, each as one agency, {@link #NO_AGENCY} or {@link #AGENCIES}; an assignment is
     * kept when its agency is not the only one around it. {@code null} if {@code rows} is
     * {@code null} and every assignment is kept.
     */
    static int @Nullable [] mayOverlap(Input in, int @Nullable [] rows, boolean exactScope) {
        NodeTree scopes = in.scopes();
        int nodes = scopes.size();
        int n = rows == null ? in.size() : rows.length;
        int[] at = new int[nodes];
        Arrays.fill(at, NO_AGENCY);
        for (int k = 0; k < n; k++) {
            int i = rows == null ? k : rows[k];
            at[in.scope()[i]] = together(at[in.scope()[i]], in.agency()[i]);
        }
        int[] around = at;
        if (!exactScope) {
            // A node's parent has a smaller number, so one pass down the numbers gathers each
            // subtree into its root, and one pass up carries the ancestors' agencies down.
            int[] under = at.clone();
            for (int v = nodes - 1; v > NodeTree.ROOT; v--) {
                int parent = scopes.parent(v);
                under[parent] = together(under[parent], under[v]);
            }
            int[] above = new int[nodes];
            above[NodeTree.ROOT] = NO_AGENCY;
            for (int v = NodeTree.ROOT + 1; v < nodes; v++) {
                int parent = scopes.parent(v);
                above[v] = together(above[parent], at[parent]);
                under[v] = together(under[v], above[v]);
            }
            around = under;
        }
        int count = 0;
        for (int k = 0; k < n; k++) {
            if (around[in.scope()[rows == null ? k : rows[k]]] == AGENCIES) {
                count++;
            }
        }
        if (count == n && rows == null) {
            return null;
        }
        int[] kept = new int[count];
        int m = 0;
        for (int k = 0; k < n && m < count; k++) {
            int i = rows == null ? k : rows[k];
            if (around[in.scope()[i]] == AGENCIES) {
                kept[m++] = i;
            }
        }
        return kept;
    }

    /** The agency of two groups of assignments: one agency, {@link #NO_AGENCY} or {@link #AGENCIES}. */
    private static int together(int a, int b) {
        return a == NO_AGENCY || a == b ? b : b == NO_AGENCY ? a : AGENCIES;
    }

    private void sweep(PairSink sink) {
        planBuckets();
        int n = in.size();
        OrderScratch scratch = new OrderScratch();
        int[] byStart = order(in.start(), n, scratch);
        int[] byEnd = order(in.end(), n, scratch);
        int[] queries = queryData.values;
        int[] inserts = insertData.values;
        int ended = 0;
        for (int k = 0; k < n; k++) {
            int b = byStart[k];
            long day = in.start()[b];
            while (ended < n && in.end()[byEnd[ended]] < day) {
                remove(byEnd[ended]);
                ended++;
            }
            int agency = in.agency()[b];
            int cell = cellOf[b];
            for (int q = queryStart[cell]; q < queryStart[cell + 1]; q++) {
                report(queries[q], agency, b, sink);
            }
            alive[b] = true;
            int slot = itemGroupStart[b];
            for (int q = insertStart[cell]; q < insertStart[cell + 1]; q++) {
                insert(inserts[q], itemGroups[slot++], b);
            }
        }
    }

    private void remove(int item) {
        alive[item] = false;
        int cell = cellOf[item];
        int[] inserts = insertData.values;
        int slot = itemGroupStart[item];
        for (int q = insertStart[cell]; q < insertStart[cell + 1]; q++) {
            int bucket = inserts[q];
            int g = itemGroups[slot++];
            group[g * GROUP + LIVE]--;
            if (group[g * GROUP + LIVE] == 0) {
                unlink(bucket, g);
                group[g * GROUP + FIRST] = -1;
                group[g * GROUP + SIZE] = 0;
            } else if (group[g * GROUP + SIZE] - group[g * GROUP + LIVE] > group[g * GROUP + LIVE]) {
                compact(g);
            }
        }
    }

    /** Inserts {@code item} into its group {@code g} of {@code bucket}. */
    private void insert(int bucket, int g, int item) {
        if (group[g * GROUP + LIVE] == 0) {
            int head = bucketHead[bucket];
            group[g * GROUP + PREVIOUS] = -1;
            group[g * GROUP + NEXT] = head;
            if (head >= 0) {
                group[head * GROUP + PREVIOUS] = g;
            }
            bucketHead[bucket] = g;
        }
        if (2 * nodeCount == node.length) {
            node = Arrays.copyOf(node, Math.max(32, node.length * 2));
        }
        node[2 * nodeCount] = item;
        node[2 * nodeCount + 1] = group[g * GROUP + FIRST];
        group[g * GROUP + FIRST] = nodeCount++;
        group[g * GROUP + SIZE]++;
        group[g * GROUP + LIVE]++;
    }

    private void report(int bucket, int agency, int later, PairSink sink) {
        for (int g = bucketHead[bucket]; g >= 0; g = group[g * GROUP + NEXT]) {
            if (group[g * GROUP + AGENCY] == agency) {
                continue;
            }
            for (int e = group[g * GROUP + FIRST]; e >= 0; e = node[2 * e + 1]) {
                int item = node[2 * e];
                if (alive[item]) {
                    sink.accept(item, later);
                }
            }
        }
    }

    private int newGroup(int agency) {
        if (groupCount * GROUP == group.length) {
            group = Arrays.copyOf(group, Math.max(16 * GROUP, group.length * 2));
        }
        int g = groupCount++;
        group[g * GROUP + AGENCY] = agency;
        group[g * GROUP + FIRST] = -1;
        return g;
    }

    private void unlink(int bucket, int g) {
        int previous = group[g * GROUP + PREVIOUS];
        int next = group[g * GROUP + NEXT];
        if (previous >= 0) {
            group[previous * GROUP + NEXT] = next;
        } else {
            bucketHead[bucket] = next;
        }
        if (next >= 0) {
            group[next * GROUP + PREVIOUS] = previous;
        }
    }

    /** Drops the dead entries of group {@code g} from its list. */
    private void compact(int g) {
        int kept = -1;
        int last = -1;
        for (int e = group[g * GROUP + FIRST]; e >= 0; e = node[2 * e + 1]) {
            if (alive[node[2 * e]]) {
                if (last < 0) {
                    kept = e;
                } else {
                    node[2 * last + 1] = e;
                }
                last = e;
            }
        }
        if (last >= 0) {
            node[2 * last + 1] = -1;
        }
        group[g * GROUP + FIRST] = kept;
        group[g * GROUP + SIZE] = group[g * GROUP + LIVE];
    }

    /** Interns the cells, then decides for each which buckets it queries and inserts into. */
    private void planBuckets() {
        int n = in.size();
        // At most one cell per assignment: sized once, since at 10^6 cells growing by doubling
        // allocated each list twice over.
        IntList cellScope = new IntList(Math.max(16, n));
        IntList cellJurisdiction = new IntList(Math.max(16, n));
        internCells(cellScope, cellJurisdiction);
        int cellCount = cellScope.size;
        // Sized up front: at 10^6 assignments, growing these by doubling allocates large arrays
        // over and over, and the garbage collector's time would rival the check's own.
        queryData = new IntList(cellCount * 4 + 16);
        insertData = new IntList(cellCount * 6 + 16);
        int[] scopeUp = usedAbove(in.scopes(), cellScope);
        int[] jurisdictionUp = usedAbove(in.jurisdictions(), cellJurisdiction);
        // Bucket ids: D(cell) is the cell's id, E(cell) is cellCount + its id; the JS and SJ
        // buckets follow from 2 * cellCount, numbered as first queried.
        // Sized as it fills: most inputs need few JS and SJ buckets, and a table sized for every
        // cell would make each look-up a cache miss; in exact-scope mode every cell queries one.
        LongIntMap otherBuckets = new LongIntMap(exactScope ? cellCount : 16);
        // Whether some JS bucket has this scope, some SJ bucket this jurisdiction: most cells
        // then skip looking up the JS and SJ buckets they might insert into.
        boolean[] jsAtScope = new boolean[in.scopes().size()];
        boolean[] sjAtJurisdiction = new boolean[in.jurisdictions().size()];
        boolean[] exactQueried = new boolean[cellCount];
        int[] next = {2 * cellCount};
        // Cheap necessary conditions, so that buckets that would stay empty are never created:
        // JS(s, j) holds assignments at scope s with a jurisdiction under j, so some cell at scope
        // s must have a jurisdiction at least as deep as j; SJ(s, j) likewise the other way round.
        deepestJurisdictionAtScope = new int[in.scopes().size()];
        deepestScopeAtJurisdiction = new int[in.jurisdictions().size()];
        Arrays.fill(deepestJurisdictionAtScope, -1);
        Arrays.fill(deepestScopeAtJurisdiction, -1);
        for (int c = 0; c < cellCount; c++) {
            int s = cellScope.values[c];
            int j = cellJurisdiction.values[c];
            deepestJurisdictionAtScope[s] = Math.max(deepestJurisdictionAtScope[s], in.jurisdictions().depth(j));
            deepestScopeAtJurisdiction[j] = Math.max(deepestScopeAtJurisdiction[j], in.scopes().depth(s));
        }
        queryStart = new int[cellCount + 1];
        for (int c = 0; c < cellCount; c++) {
            queryStart[c] = queryData.size;
            int s = cellScope.values[c];
            int j = cellJurisdiction.values[c];
            int jDepth = in.jurisdictions().depth(j);
            int sDepth = in.scopes().depth(s);
            // The walks up visit the used strict ancestors, nearest first.
            if (exactScope) {
                for (int y = jurisdictionUp[j]; y >= 0; y = jurisdictionUp[y]) {
                    queryExact(exactQueried, cellCount, s, y);
                }
                jsAtScope[s] = true;
                queryData.add(bucket(otherBuckets, next, JS, s, j));
            } else {
                for (int x = scopeUp[s]; x >= 0; x = scopeUp[x]) {
                    for (int y = jurisdictionUp[j]; y >= 0; y = jurisdictionUp[y]) {
                        queryExact(exactQueried, cellCount, x, y);
                    }
                    if (deepestJurisdictionAtScope[x] >= jDepth) {
                        jsAtScope[x] = true;
                        queryData.add(bucket(otherBuckets, next, JS, x, j));
                    }
                }
                for (int y = jurisdictionUp[j]; y >= 0; y = jurisdictionUp[y]) {
                    if (deepestScopeAtJurisdiction[y] >= sDepth) {
                        sjAtJurisdiction[y] = true;
                        queryData.add(bucket(otherBuckets, next, SJ, s, y));
                    }
                }
                queryData.add(c);
            }
        }
        queryStart[cellCount] = queryData.size;
        insertStart = new int[cellCount + 1];
        for (int c = 0; c < cellCount; c++) {
            insertStart[c] = insertData.size;
            int s = cellScope.values[c];
            int j = cellJurisdiction.values[c];
            if (exactQueried[c]) {
                insertData.add(cellCount + c);
            }
            // The walks up visit the cell's own node, then its used strict ancestors.
            if (jsAtScope[s]) {
                for (int j2 = j; j2 >= 0; j2 = jurisdictionUp[j2]) {
                    addIfPlanned(otherBuckets, JS, s, j2);
                }
            }
            if (sjAtJurisdiction[j]) {
                for (int s2 = s; s2 >= 0; s2 = scopeUp[s2]) {
                    addIfPlanned(otherBuckets, SJ, s2, j);
                }
            }
            if (!exactScope) {
                for (int s2 = s; s2 >= 0; s2 = scopeUp[s2]) {
                    for (int j2 = j; j2 >= 0; j2 = jurisdictionUp[j2]) {
                        int d = s2 == s && j2 == j ? c : cellAt(s2, j2);
                        if (d != LongIntMap.ABSENT) {
                            insertData.add(d);
                        }
                    }
                }
            }
        }
        insertStart[cellCount] = insertData.size;
        bucketHead = new int[next[0]];
        Arrays.fill(bucketHead, -1);
        itemGroupStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            itemGroupStart[i + 1] = itemGroupStart[i] + insertStart[cellOf[i] + 1] - insertStart[cellOf[i]];
        }
        int entries = itemGroupStart[n];
        itemGroups = new int[entries];
        // Each insertion adds one entry; groups are at most one per entry.
        node = new int[2 * Math.max(16, entries)];
        // At least one group per bucket filled, at most one per entry; the array grows if need be.
        int groups = Math.max(16, Math.min(entries, next[0]));
        group = new int[groups * GROUP];
        planGroups(cellCount, next[0]);
    }

    /**
     * Numbers the groups, the (bucket, agency) pairs, and sets each assignment's group in each
     * bucket it will be inserted into ({@link #itemGroups}), before the sweep: bucket by bucket,
     * over the assignments of the cells that insert into it, with the bucket's group of each
     * agency remembered in an array indexed by agency. The sweep then looks nothing up: a table
     * keyed by (bucket, agency) missed the cache on every insertion from 10^5 assignments on,
     * and made the check grow faster than n. The groups of a bucket get consecutive numbers, so
     * a query walks records that lie together. O(n + cells + entries) time.
     */
    private void planGroups(int cellCount, int bucketCount) {
        int n = in.size();
        int[] cellItemStart = new int[cellCount + 1];
        int agencyCount = 0;
        for (int i = 0; i < n; i++) {
            cellItemStart[cellOf[i] + 1]++;
            agencyCount = Math.max(agencyCount, in.agency()[i] + 1);
        }
        for (int c = 0; c < cellCount; c++) {
            cellItemStart[c + 1] += cellItemStart[c];
        }
        int[] byCell = new int[n];
        int[] fill = Arrays.copyOf(cellItemStart, cellCount);
        for (int i = 0; i < n; i++) {
            byCell[fill[cellOf[i]]++] = i;
        }
        // The insertions into each bucket, as (cell, position in the cell's list of buckets).
        int[] inserts = insertData.values;
        int[] bucketInsertStart = new int[bucketCount + 1];
        for (int q = 0; q < insertData.size; q++) {
            bucketInsertStart[inserts[q] + 1]++;
        }
        for (int b = 0; b < bucketCount; b++) {
            bucketInsertStart[b + 1] += bucketInsertStart[b];
        }
        int[] insertCell = new int[insertData.size];
        int[] insertPosition = new int[insertData.size];
        int[] nextInsert = Arrays.copyOf(bucketInsertStart, bucketCount);
        for (int c = 0; c < cellCount; c++) {
            for (int q = insertStart[c]; q < insertStart[c + 1]; q++) {
                int k = nextInsert[inserts[q]]++;
                insertCell[k] = c;
                insertPosition[k] = q - insertStart[c];
            }
        }
        int[] seenInBucket = new int[agencyCount];
        Arrays.fill(seenInBucket, -1);
        int[] groupOfAgency = new int[agencyCount];
        for (int b = 0; b < bucketCount; b++) {
            for (int k = bucketInsertStart[b]; k < bucketInsertStart[b + 1]; k++) {
                int c = insertCell[k];
                int position = insertPosition[k];
                for (int t = cellItemStart[c]; t < cellItemStart[c + 1]; t++) {
                    int item = byCell[t];
                    int agency = in.agency()[item];
                    if (seenInBucket[agency] != b) {
                        seenInBucket[agency] = b;
                        groupOfAgency[agency] = newGroup(agency);
                    }
                    itemGroups[itemGroupStart[item] + position] = groupOfAgency[agency];
                }
            }
        }
    }

    /**
     * Numbers the cells, scope by scope and within a scope by jurisdiction node, and sets
     * {@link #cellOf}. No hash table: the assignments are grouped by scope (a counting sort),
     * and within one scope each jurisdiction's cell is remembered in an array indexed by
     * jurisdiction node. At 10^6 cells, a table keyed by (scope, jurisdiction) missed the cache
     * on every assignment; these arrays are read in order or are as small as the trees.
     */
    private void internCells(IntList cellScope, IntList cellJurisdiction) {
        int n = in.size();
        int scopeCount = in.scopes().size();
        int[] itemStart = new int[scopeCount + 1];
        for (int i = 0; i < n; i++) {
            itemStart[in.scope()[i] + 1]++;
        }
        for (int s = 0; s < scopeCount; s++) {
            itemStart[s + 1] += itemStart[s];
        }
        int[] byScope = new int[n];
        int[] fill = Arrays.copyOf(itemStart, scopeCount);
        for (int i = 0; i < n; i++) {
            byScope[fill[in.scope()[i]]++] = i;
        }
        int[] seenAtScope = new int[in.jurisdictions().size()];
        Arrays.fill(seenAtScope, -1);
        int[] cellAtJurisdiction = new int[in.jurisdictions().size()];
        scopeCellStart = new int[scopeCount + 1];
        for (int s = 0; s < scopeCount; s++) {
            int first = cellJurisdiction.size;
            scopeCellStart[s] = first;
            for (int k = itemStart[s]; k < itemStart[s + 1]; k++) {
                int j = in.jurisdiction()[byScope[k]];
                if (seenAtScope[j] != s) {
                    seenAtScope[j] = s;
                    cellScope.add(s);
                    cellJurisdiction.add(j);
                }
            }
            if (cellJurisdiction.size - first > 1) {
                Arrays.sort(cellJurisdiction.values, first, cellJurisdiction.size);
            }
            for (int c = first; c < cellJurisdiction.size; c++) {
                cellAtJurisdiction[cellJurisdiction.values[c]] = c;
            }
            for (int k = itemStart[s]; k < itemStart[s + 1]; k++) {
                cellOf[byScope[k]] = cellAtJurisdiction[in.jurisdiction()[byScope[k]]];
            }
        }
        scopeCellStart[scopeCount] = cellJurisdiction.size;
        cellJurisdictionOf = cellJurisdiction.values;
    }

    /** Queries E(s, j) if (s, j) is some cell. */
    private void queryExact(boolean[] exactQueried, int cellCount, int s, int j) {
        int cell = cellAt(s, j);
        if (cell != LongIntMap.ABSENT) {
            exactQueried[cell] = true;
            queryData.add(cellCount + cell);
        }
    }

    /**
     * The cell (s, j), or {@link LongIntMap#ABSENT}: a binary search among the cells of scope s.
     * Most ancestor pairs are no cell; the depth bounds rule most of them out first, from arrays
     * small enough to stay cached.
     */
    private int cellAt(int s, int j) {
        if (in.jurisdictions().depth(j) > deepestJurisdictionAtScope[s] || in.scopes().depth(s) > deepestScopeAtJurisdiction[j]) {
            return LongIntMap.ABSENT;
        }
        int cell = Arrays.binarySearch(cellJurisdictionOf, scopeCellStart[s], scopeCellStart[s + 1], j);
        return cell >= 0 ? cell : LongIntMap.ABSENT;
    }

    private static int bucket(LongIntMap ids, int[] next, long kind, int s, int j) {
        long key = bucketKey(kind, s, j);
        int id = ids.get(key);
        if (id == LongIntMap.ABSENT) {
            id = next[0]++;
            ids.put(key, id);
        }
        return id;
    }

    private void addIfPlanned(LongIntMap ids, long kind, int s, int j) {
        // JS and SJ buckets exist only if some cell queries them.
        int id = ids.get(bucketKey(kind, s, j));
        if (id != LongIntMap.ABSENT) {
            insertData.add(id);
        }
    }

    /** Not negative, as {@link LongIntMap} requires: kind in bits 61-62, s (below 2^30) in 31-60, j in 0-30. */
    private static long bucketKey(long kind, int s, int j) {
        return kind << 61 | (long) s << 31 | j;
    }

    /**
     * The indexes 0 to n - 1 sorted by {@code key}, ties by index: the keys are ranked among the
     * distinct keys (one primitive sort), then the indexes placed by a counting sort on the rank,
     * which is stable and costs O(n + distinct keys) instead of a second sort. Keys already in
     * order (assignments without periods all start and end with the term) take one pass.
     */
    static int[] order(long[] key, int n) {
        return order(key, n, new OrderScratch());
    }

    /** {@link #order(long[], int)}, with the keys' copy and ranks in {@code scratch}. */
    private static int[] order(long[] key, int n, OrderScratch scratch) {
        int sorted = 1;
        while (sorted < n && key[sorted - 1] <= key[sorted]) {
            sorted++;
        }
        if (sorted >= n) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }
        int[] byDay = orderByDay(key, n);
        if (byDay != null) {
            return byDay;
        }
        if (scratch.keys.length < n) {
            scratch.keys = new long[n];
            scratch.ranks = new int[n];
        }
        long[] keys = scratch.keys;
        int[] ranks = scratch.ranks;
        System.arraycopy(key, 0, keys, 0, n);
        Arrays.sort(keys, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[m - 1]) {
                keys[m++] = keys[i];
            }
        }
        int[] next = new int[m + 1];
        for (int i = 0; i < n; i++) {
            int r = Arrays.binarySearch(keys, 0, m, key[i]);
            ranks[i] = r;
            next[r + 1]++;
        }
        for (int r = 0; r < m; r++) {
            next[r + 1] += next[r];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[next[ranks[i]]++] = i;
        }
        return order;
    }

    /**
     * {@link #order(long[], int)} by a counting sort on the days themselves, when the keys other
     * than {@link Terms#OPEN} span fewer than {@code n + }{@value #DAY_SPAN} days, which they do in
     * an agreement (its term is years, not millennia): O(n + span) = O(n) time, with no
     * comparison sort and no search. {@code null} when they span more.
     */
    private static int @Nullable [] orderByDay(long[] key, int n) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long day = key[i];
            if (day != Terms.OPEN) {
                first = Math.min(first, day);
                last = Math.max(last, day);
            }
        }
        // last - first is negative if it overflows, or if every key is open.
        long span = last - first;
        if (span < 0 || span >= (long) n + DAY_SPAN) {
            return null;
        }
        // Bucket d holds the day first + d; the last bucket, the open end.
        int open = (int) span + 1;
        int[] next = new int[open + 2];
        for (int i = 0; i < n; i++) {
            next[bucket(key[i], first, open) + 1]++;
        }
        for (int b = 0; b <= open; b++) {
            next[b + 1] += next[b];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[next[bucket(key[i], first, open)]++] = i;
        }
        return order;
    }

    private static int bucket(long day, long first, int open) {
        return day == Terms.OPEN ? open : (int) (day - first);
    }

    /**
     * For each node of {@code tree}, its nearest strict ancestor that is some cell's node, or -1:
     * one pass in node order, since a node's parent has a smaller number ({@link NodeTree}
     * numbers a node after its parent). The ancestor walks of the planning follow these links,
     * and allocate nothing per node.
     */
    private static int[] usedAbove(NodeTree tree, IntList cellNodes) {
        int size = tree.size();
        boolean[] used = new boolean[size];
        for (int c = 0; c < cellNodes.size; c++) {
            used[cellNodes.values[c]] = true;
        }
        int[] up = new int[size];
        up[NodeTree.ROOT] = -1;
        for (int x = 1; x < size; x++) {
            int parent = tree.parent(x);
            up[x] = used[parent] ? parent : up[parent];
        }
        return up;
    }

    /**
     * The arrays {@link #order} sorts and ranks keys in, made on first need and shared by the
     * orders of one sweep: at 10^6 assignments they are 12 MB.
     */
    private static final class OrderScratch {
        long[] keys = new long[0];
        int[] ranks = new int[0];
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] values;
        int size;

        IntList(int capacity) {
            values = new int[capacity];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
