package org.interagency.agreements.core.internal.roles;

import java.util.Arrays;

/**
 * The planning of {@link OverlapSweep}, all done before the sweep: which buckets each cell
 * queries, which it inserts into, and each assignment's group in each bucket it is inserted
 * into. The sweep then looks nothing up; it follows these lists.
 *
 * <p>Bucket ids, for m cells: D(c) is c, E(c) is m + c, and the JS and SJ buckets are numbered
 * from 2m on, in the order first queried. A bucket is planned only if some cell queries it, and a
 * cell inserts only into planned buckets, so no bucket is filled that no query reads.
 *
 * <p>O(d²) per cell, for trees of depth d (a few expected hash look-ups and binary searches
 * each), and O(1) per (assignment, bucket) entry.
 */
final class BucketPlan {

    /** The kinds of bucket that {@link #sharedBuckets} numbers. */
    private static final long JS = 1;
    private static final long SJ = 2;

    private final Cells cells;
    private final boolean exactScope;
    /**
     * The JS and SJ buckets by {@link #key}. Sized as it fills: most inputs need few of them, and
     * a table sized for every cell would make each look-up a cache miss; in exact-scope mode
     * every cell queries one.
     */
    private final LongIntMap sharedBuckets;
    private int bucketCount;
    /**
     * Whether some planned JS bucket has this scope, some SJ bucket this jurisdiction, some E
     * bucket this cell: most cells then skip looking up the buckets they might insert into.
     */
    private final boolean[] jsAtScope;
    private final boolean[] sjAtJurisdiction;
    private final boolean[] exactQueried;
    /** Per cell c, the buckets it queries: {@code queries.values[queryStart[c] .. queryStart[c + 1] - 1]}. */
    private final int[] queryStart;
    private final IntList queries;
    /** Per cell, the buckets it inserts into, likewise. */
    private final int[] insertStart;
    private final IntList inserts;
    /**
     * Per assignment i, its group in each bucket its cell inserts into, in the order of the
     * cell's list: {@code groupOf[groupStart[i]]} onwards.
     */
    private final int[] groupStart;
    private final int[] groupOf;
    /** Per group, its agency. */
    private final IntList groupAgency;
    /** Per group, the number of entries the sweep inserts into it, over the whole sweep. */
    private final IntList groupEntries;

    /** Plans the sweep of the assignments of {@code in}. */
    BucketPlan(OverlapSweep.Input in, boolean exactScope) {
        this.cells = new Cells(in);
        this.exactScope = exactScope;
        int cellCount = cells.count();
        sharedBuckets = new LongIntMap(exactScope ? cellCount : 16);
        bucketCount = 2 * cellCount;
        jsAtScope = new boolean[in.scopes().size()];
        sjAtJurisdiction = new boolean[in.jurisdictions().size()];
        exactQueried = new boolean[cellCount];
        // Sized up front: at 10^6 assignments, growing these by doubling allocates large arrays
        // over and over, and the garbage collector's time would rival the check's own.
        queries = new IntList(cellCount * 4);
        inserts = new IntList(cellCount * 6);
        queryStart = new int[cellCount + 1];
        insertStart = new int[cellCount + 1];
        planQueries();
        planInserts();
        groupStart = new int[in.size() + 1];
        for (int i = 0; i < in.size(); i++) {
            groupStart[i + 1] = groupStart[i] + insertsTo(cells.of(i)) - insertsFrom(cells.of(i));
        }
        groupOf = new int[groupStart[in.size()]];
        groupAgency = new IntList(Math.min(groupOf.length, bucketCount));
        groupEntries = new IntList(Math.min(groupOf.length, bucketCount));
        planGroups(in);
    }

    private void planQueries() {
        for (int c = 0; c < cells.count(); c++) {
            queryStart[c] = queries.size;
            if (exactScope) {
                planQueriesAtSameScope(c);
            } else {
                planQueriesOfOverlappingScopes(c);
            }
        }
        queryStart[cells.count()] = queries.size;
    }

    /**
     * The queries of cell (s, j) in exact-scope mode: E(s, y) for each strict ancestor y of j,
     * and JS(s, j). The walks up visit the used strict ancestors, nearest first.
     */
    private void planQueriesAtSameScope(int c) {
        int s = cells.scope(c);
        int j = cells.jurisdiction(c);
        for (int y = cells.jurisdictionAbove(j); y != Cells.NONE; y = cells.jurisdictionAbove(y)) {
            planExactQuery(s, y);
        }
        jsAtScope[s] = true;
        queries.add(sharedBucket(JS, s, j));
    }

    /**
     * The queries of cell (s, j): E(x, y) for each strict ancestor x of s and y of j, JS(x, j),
     * SJ(s, y), and D(s, j). A JS or SJ bucket is planned only if it can hold anything: JS(x, j)
     * holds assignments at scope x with a jurisdiction under j, so some cell at scope x must have
     * a jurisdiction at least as deep as j; SJ(s, y) likewise the other way round.
     */
    private void planQueriesOfOverlappingScopes(int c) {
        int s = cells.scope(c);
        int j = cells.jurisdiction(c);
        for (int x = cells.scopeAbove(s); x != Cells.NONE; x = cells.scopeAbove(x)) {
            for (int y = cells.jurisdictionAbove(j); y != Cells.NONE; y = cells.jurisdictionAbove(y)) {
                planExactQuery(x, y);
            }
            if (cells.hasJurisdictionAsDeepAt(x, j)) {
                jsAtScope[x] = true;
                queries.add(sharedBucket(JS, x, j));
            }
        }
        for (int y = cells.jurisdictionAbove(j); y != Cells.NONE; y = cells.jurisdictionAbove(y)) {
            if (cells.hasScopeAsDeepAt(y, s)) {
                sjAtJurisdiction[y] = true;
                queries.add(sharedBucket(SJ, s, y));
            }
        }
        queries.add(c);
    }

    /** Queries E(s, j) if (s, j) is some cell. */
    private void planExactQuery(int s, int j) {
        int cell = cells.at(s, j);
        if (cell != Cells.NONE) {
            exactQueried[cell] = true;
            queries.add(cells.count() + cell);
        }
    }

    private void planInserts() {
        for (int c = 0; c < cells.count(); c++) {
            insertStart[c] = inserts.size;
            planInsertsOf(c);
        }
        insertStart[cells.count()] = inserts.size;
    }

    /**
     * The buckets cell (s, j) inserts into, among the planned ones: E(s, j); JS(s, y) and SJ(x, j)
     * for y = j or an ancestor of it, x = s or an ancestor; and D(x, y) for each such pair that
     * is a cell. The walks up visit the cell's own node, then its used strict ancestors.
     */
    private void planInsertsOf(int c) {
        int s = cells.scope(c);
        int j = cells.jurisdiction(c);
        if (exactQueried[c]) {
            inserts.add(cells.count() + c);
        }
        if (jsAtScope[s]) {
            for (int y = j; y != Cells.NONE; y = cells.jurisdictionAbove(y)) {
                insertIfPlanned(JS, s, y);
            }
        }
        if (sjAtJurisdiction[j]) {
            for (int x = s; x != Cells.NONE; x = cells.scopeAbove(x)) {
                insertIfPlanned(SJ, x, j);
            }
        }
        if (!exactScope) {
            for (int x = s; x != Cells.NONE; x = cells.scopeAbove(x)) {
                for (int y = j; y != Cells.NONE; y = cells.jurisdictionAbove(y)) {
                    int d = x == s && y == j ? c : cells.at(x, y);
                    if (d != Cells.NONE) {
                        inserts.add(d);
                    }
                }
            }
        }
    }

    /** The id of JS or SJ bucket (s, j), numbered if new. */
    private int sharedBucket(long kind, int s, int j) {
        long key = key(kind, s, j);
        int id = sharedBuckets.get(key);
        if (id == LongIntMap.ABSENT) {
            id = bucketCount++;
            sharedBuckets.put(key, id);
        }
        return id;
    }

    /** Inserts into JS or SJ bucket (s, j) if some cell queries it. */
    private void insertIfPlanned(long kind, int s, int j) {
        int id = sharedBuckets.get(key(kind, s, j));
        if (id != LongIntMap.ABSENT) {
            inserts.add(id);
        }
    }

    /** Not negative, as {@link LongIntMap} requires: kind in bits 61-62, s (below 2^30) in 31-60, j in 0-30. */
    private static long key(long kind, int s, int j) {
        return kind << 61 | (long) s << 31 | j;
    }

    /**
     * Numbers the groups, the (bucket, agency) pairs, and sets each assignment's group in each
     * bucket it will be inserted into: bucket by bucket, over the assignments of the cells that
     * insert into it, with the bucket's group of each agency remembered in an array indexed by
     * agency. A table keyed by (bucket, agency), looked up during the sweep, missed the cache on
     * every insertion from 10^5 assignments on, and made the check grow faster than n. The groups
     * of a bucket get consecutive numbers, so a query walks records that lie together.
     * O(n + cells + entries) time.
     */
    private void planGroups(OverlapSweep.Input in) {
        IndexesByKey byCell = cells.assignmentsByCell();
        IndexesByKey insertsByBucket = new IndexesByKey(inserts.values, inserts.size, bucketCount);
        int[] cellOfInsert = new int[inserts.size];
        for (int c = 0; c < cells.count(); c++) {
            Arrays.fill(cellOfInsert, insertsFrom(c), insertsTo(c), c);
        }
        int agencies = 0;
        for (int i = 0; i < in.size(); i++) {
            agencies = Math.max(agencies, in.agency()[i] + 1);
        }
        int[] bucketSeen = new int[agencies];
        Arrays.fill(bucketSeen, -1);
        int[] groupOfAgency = new int[agencies];
        for (int b = 0; b < bucketCount; b++) {
            for (int k = insertsByBucket.from(b); k < insertsByBucket.to(b); k++) {
                int q = insertsByBucket.at(k);
                int c = cellOfInsert[q];
                int position = q - insertsFrom(c);
                for (int t = byCell.from(c); t < byCell.to(c); t++) {
                    int item = byCell.at(t);
                    int agency = in.agency()[item];
                    if (bucketSeen[agency] != b) {
                        bucketSeen[agency] = b;
                        groupOfAgency[agency] = groupAgency.size;
                        groupAgency.add(agency);
                        groupEntries.add(0);
                    }
                    groupOf[groupStart[item] + position] = groupOfAgency[agency];
                    groupEntries.values[groupOfAgency[agency]]++;
                }
            }
        }
    }

    /** The cells. */
    Cells cells() {
        return cells;
    }

    /** The number of buckets. */
    int bucketCount() {
        return bucketCount;
    }

    /** The agency of each group, by group number. */
    IntList groupAgencies() {
        return groupAgency;
    }

    /** The number of entries the sweep inserts into each group, over the whole sweep, by group number. */
    IntList groupEntries() {
        return groupEntries;
    }

    /**
     * Gives group g the number {@code number[g]} in {@link #groupAt} from now on: {@link
     * ActiveBuckets} numbers each group by where it keeps it.
     */
    void renumberGroups(int[] number) {
        for (int k = 0; k < groupOf.length; k++) {
            groupOf[k] = number[groupOf[k]];
        }
    }

    /** The first position of cell c's queries in {@link #queried}. */
    int queriesFrom(int c) {
        return queryStart[c];
    }

    int queriesTo(int c) {
        return queryStart[c + 1];
    }

    /** The bucket queried at {@code position}. */
    int queried(int position) {
        return queries.values[position];
    }

    /** The first position of cell c's insertions in {@link #inserted}. */
    int insertsFrom(int c) {
        return insertStart[c];
    }

    int insertsTo(int c) {
        return insertStart[c + 1];
    }

    /** The bucket inserted into at {@code position}. */
    int inserted(int position) {
        return inserts.values[position];
    }

    /**
     * The position in {@link #groupAt} of assignment {@code i}'s group in the bucket of its
     * cell's first insertion; its groups for the cell's next insertions follow.
     */
    int groupsFrom(int i) {
        return groupStart[i];
    }

    /** The group at {@code position}. */
    int groupAt(int position) {
        return groupOf[position];
    }
}
