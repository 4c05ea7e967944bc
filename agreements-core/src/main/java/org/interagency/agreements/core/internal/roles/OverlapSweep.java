package org.interagency.agreements.core.internal.roles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * <p><b>Agencies: groups.</b> Pairs of the same agency are not overlaps and must not cost
 * anything (one agency with n overlapping assignments would otherwise cost n²). Each bucket
 * groups its assignments by agency, and a query skips the querying agency's group as a whole.
 * Removal is lazy: a removed assignment is marked dead and its groups' live counts drop; a group
 * is compacted when it holds more dead entries than live ones, and dropped from its bucket when
 * empty. So a query scans at most two entries per pair it reports, plus one group per bucket.
 *
 * <p>Sorting costs O(n log n); inserting, removing and querying cost O(d²) expected hash look-ups
 * per assignment plus O(1) per reported pair (amortized over compaction). Not thread-safe; one
 * instance per check.
 */
final class OverlapSweep {

    private static final long E = 0;
    private static final long JS = 1;
    private static final long SJ = 2;
    private static final long D = 3;

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
    }

    private final Input in;
    private final boolean exactScope;
    private final boolean[] alive;
    private final int[] cellOf;
    private final List<int[]> inserts = new ArrayList<>();
    private final List<int[]> queries = new ArrayList<>();
    private final List<Bucket> buckets = new ArrayList<>();

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
        if (in.size() < 2) {
            return;
        }
        new OverlapSweep(in, exactScope).sweep(sink);
    }

    private void sweep(PairSink sink) {
        planBuckets();
        int n = in.size();
        int[] byStart = order(in.start(), n);
        int[] byEnd = order(in.end(), n);
        int ended = 0;
        for (int k = 0; k < n; k++) {
            int b = byStart[k];
            long day = in.start()[b];
            while (ended < n && in.end()[byEnd[ended]] < day) {
                remove(byEnd[ended]);
                ended++;
            }
            int agency = in.agency()[b];
            for (int bucket : queries.get(cellOf[b])) {
                buckets.get(bucket).report(agency, b, alive, sink);
            }
            alive[b] = true;
            for (int bucket : inserts.get(cellOf[b])) {
                buckets.get(bucket).insert(agency, b);
            }
        }
    }

    private void remove(int item) {
        alive[item] = false;
        int agency = in.agency()[item];
        for (int bucket : inserts.get(cellOf[item])) {
            buckets.get(bucket).remove(agency, alive);
        }
    }

    /** Interns the cells, then decides for each which buckets it queries and inserts into. */
    private void planBuckets() {
        Map<Long, Integer> cells = new HashMap<>();
        List<long[]> cellCodes = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            long key = pack(in.scope()[i], in.jurisdiction()[i]);
            Integer cell = cells.get(key);
            if (cell == null) {
                cell = cellCodes.size();
                cells.put(key, cell);
                cellCodes.add(new long[] {in.scope()[i], in.jurisdiction()[i]});
            }
            cellOf[i] = cell;
        }
        boolean[] scopeUsed = new boolean[in.scopes().size()];
        boolean[] jurisdictionUsed = new boolean[in.jurisdictions().size()];
        for (long[] code : cellCodes) {
            scopeUsed[(int) code[0]] = true;
            jurisdictionUsed[(int) code[1]] = true;
        }
        Map<Long, Integer> bucketIds = new HashMap<>();
        for (long[] code : cellCodes) {
            int s = (int) code[0];
            int j = (int) code[1];
            int[] strictScopes = strictAncestors(in.scopes(), s, false);
            int[] strictJurisdictions = strictAncestors(in.jurisdictions(), j, true);
            List<Integer> asked = new ArrayList<>();
            if (exactScope) {
                for (int j2 : strictJurisdictions) {
                    if (cells.containsKey(pack(s, j2))) {
                        asked.add(bucket(bucketIds, E, s, j2));
                    }
                }
                asked.add(bucket(bucketIds, JS, s, j));
            } else {
                for (int s2 : strictScopes) {
                    for (int j2 : strictJurisdictions) {
                        if (cells.containsKey(pack(s2, j2))) {
                            asked.add(bucket(bucketIds, E, s2, j2));
                        }
                    }
                    if (scopeUsed[s2]) {
                        asked.add(bucket(bucketIds, JS, s2, j));
                    }
                }
                for (int j2 : strictJurisdictions) {
                    if (jurisdictionUsed[j2]) {
                        asked.add(bucket(bucketIds, SJ, s, j2));
                    }
                }
                asked.add(bucket(bucketIds, D, s, j));
            }
            queries.add(toArray(asked));
        }
        for (long[] code : cellCodes) {
            int s = (int) code[0];
            int j = (int) code[1];
            int[] scopesUp = in.scopes().selfAndAncestors(s);
            int[] jurisdictionsUp = in.jurisdictions().selfAndAncestors(j);
            List<Integer> into = new ArrayList<>();
            addIfPlanned(into, bucketIds, E, s, j);
            for (int j2 : jurisdictionsUp) {
                addIfPlanned(into, bucketIds, JS, s, j2);
            }
            for (int s2 : scopesUp) {
                addIfPlanned(into, bucketIds, SJ, s2, j);
                for (int j2 : jurisdictionsUp) {
                    addIfPlanned(into, bucketIds, D, s2, j2);
                }
            }
            inserts.add(toArray(into));
        }
    }

    private int bucket(Map<Long, Integer> ids, long kind, int s, int j) {
        long key = kind << 62 | (long) s << 31 | j;
        Integer id = ids.get(key);
        if (id == null) {
            id = buckets.size();
            ids.put(key, id);
            buckets.add(new Bucket());
        }
        return id;
    }

    private static void addIfPlanned(List<Integer> into, Map<Long, Integer> ids, long kind, int s, int j) {
        Integer id = ids.get(kind << 62 | (long) s << 31 | j);
        if (id != null) {
            into.add(id);
        }
    }

    /** The strict ancestors of {@code node}; the root only where it stands for something (jurisdictions). */
    private static int[] strictAncestors(NodeTree tree, int node, boolean withRoot) {
        int[] chain = tree.selfAndAncestors(node);
        int from = 1;
        int to = withRoot ? chain.length : chain.length - 1;
        return from >= to ? new int[0] : Arrays.copyOfRange(chain, from, to);
    }

    private static long pack(int s, int j) {
        return (long) s << 32 | j;
    }

    private static int[] toArray(List<Integer> list) {
        int[] array = new int[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i);
        }
        return array;
    }

    /** The indexes 0 to n - 1 sorted by {@code key}, ties by index (a stable, primitive sort). */
    private static int[] order(long[] key, int n) {
        long[] distinct = Arrays.copyOf(key, n);
        Arrays.sort(distinct);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || distinct[i] != distinct[m - 1]) {
                distinct[m++] = distinct[i];
            }
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long rank = Arrays.binarySearch(distinct, 0, m, key[i]);
            packed[i] = rank << 32 | i;
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) packed[i];
        }
        return order;
    }

    /** Active assignments of one bucket, grouped by agency. */
    private static final class Bucket {
        private final Map<Integer, Group> byAgency = new HashMap<>(4);
        private final List<Group> groups = new ArrayList<>(2);

        void insert(int agency, int item) {
            Group group = byAgency.get(agency);
            if (group == null) {
                group = new Group(agency);
                byAgency.put(agency, group);
            }
            if (group.live == 0) {
                group.position = groups.size();
                groups.add(group);
            }
            group.add(item);
        }

        void remove(int agency, boolean[] alive) {
            Group group = byAgency.get(agency);
            group.live--;
            if (group.live == 0) {
                group.size = 0;
                Group last = groups.remove(groups.size() - 1);
                if (last != group) {
                    groups.set(group.position, last);
                    last.position = group.position;
                }
            } else if (group.size - group.live > group.live) {
                group.compact(alive);
            }
        }

        void report(int agency, int later, boolean[] alive, PairSink sink) {
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                if (group.agency == agency) {
                    continue;
                }
                int[] items = group.items;
                for (int i = 0; i < group.size; i++) {
                    if (alive[items[i]]) {
                        sink.accept(items[i], later);
                    }
                }
            }
        }
    }

    /** One agency's assignments in a bucket, live and (until compaction) dead. */
    private static final class Group {
        final int agency;
        int[] items = new int[2];
        int size;
        int live;
        int position;

        Group(int agency) {
            this.agency = agency;
        }

        void add(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
            live++;
        }

        void compact(boolean[] alive) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (alive[items[i]]) {
                    items[kept++] = items[i];
                }
            }
            size = kept;
        }
    }
}
