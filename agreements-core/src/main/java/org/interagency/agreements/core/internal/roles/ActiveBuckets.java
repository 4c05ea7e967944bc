package org.interagency.agreements.core.internal.roles;

import java.util.Arrays;

/**
 * The buckets of {@link OverlapSweep} while it sweeps: each active assignment is in the buckets
 * its cell inserts into ({@link BucketPlan}), and each bucket groups its assignments by agency.
 *
 * <p>Pairs of the same agency are not overlaps and must not cost anything (one agency with n
 * overlapping assignments would otherwise cost n²): a query skips the querying agency's group as
 * a whole. Removal is lazy: a removed assignment is marked dead and its groups' live counts drop;
 * a group is compacted when it holds more dead entries than live ones, and unlinked from its
 * bucket when it has none live. So a query scans at most two entries per pair it reports, plus one
 * group per bucket, and adding or removing an assignment costs O(1) per bucket, amortized over the
 * compactions.
 *
 * <p>Each group lies in one stretch of one array: its fields, then its entries, as many as the
 * plan inserts into the group over the whole sweep ({@link BucketPlan#groupEntries()}), which it
 * can never outgrow. A query reads a group's fields and its first entries together, and its
 * entries in array order: with a record per group and its entries linked as a list, one cache
 * miss per group and per entry made the scans most of the sweep at 2·10⁵ assignments with
 * 1.9·10⁶ conflicts. A group is known by where its stretch begins.
 *
 * <p>Everything lives in primitive arrays, so the sweep allocates no object per assignment. Not
 * thread-safe.
 */
final class ActiveBuckets {

    /**
     * A group's fields, at {@code store[g + field]}: its agency, its live entries, its entries
     * (live or dead), and the next and previous group in its bucket's list. Its entries follow,
     * from {@code store[g + ENTRIES]}, in the order added.
     */
    private static final int AGENCY = 0;
    private static final int LIVE = 1;
    private static final int SIZE = 2;
    private static final int NEXT = 3;
    private static final int PREVIOUS = 4;
    private static final int ENTRIES = 5;

    /** The end of a list of groups. */
    private static final int NONE = -1;

    private final BucketPlan plan;
    private final Cells cells;
    /** Whether each assignment is active: added, and not yet removed. */
    private final boolean[] alive;
    /** Per bucket, its first group with live entries, or {@link #NONE}. */
    private final int[] bucketHead;
    private final int[] store;

    /** Empty buckets for the sweep that {@code plan} plans, of {@code n} assignments; renumbers the plan's groups. */
    ActiveBuckets(BucketPlan plan, int n) {
        this.plan = plan;
        this.cells = plan.cells();
        alive = new boolean[n];
        bucketHead = new int[plan.bucketCount()];
        Arrays.fill(bucketHead, NONE);
        IntList agencies = plan.groupAgencies();
        IntList entries = plan.groupEntries();
        int[] where = new int[agencies.size];
        long length = 0;
        for (int g = 0; g < agencies.size; g++) {
            where[g] = (int) length;
            length += ENTRIES + entries.values[g];
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many entries for one sweep: " + length);
        }
        store = new int[(int) length];
        for (int g = 0; g < agencies.size; g++) {
            store[where[g] + AGENCY] = agencies.values[g];
        }
        plan.renumberGroups(where);
    }

    /**
     * Reports, paired with {@code later}, each active assignment of another agency than
     * {@code agency} in the buckets that {@code later}'s cell queries.
     */
    void reportOverlaps(int later, int agency, OverlapSweep.PairSink sink) {
        int cell = cells.of(later);
        for (int q = plan.queriesFrom(cell); q < plan.queriesTo(cell); q++) {
            for (int g = bucketHead[plan.queried(q)]; g != NONE; g = next(g)) {
                if (agency(g) != agency) {
                    reportLive(g, later, sink);
                }
            }
        }
    }

    private void reportLive(int g, int later, OverlapSweep.PairSink sink) {
        int to = g + ENTRIES + size(g);
        for (int e = g + ENTRIES; e < to; e++) {
            int item = store[e];
            if (alive[item]) {
                sink.accept(item, later);
            }
        }
    }

    /** Makes {@code item} active: adds it to its group in each bucket its cell inserts into. */
    void add(int item) {
        alive[item] = true;
        int cell = cells.of(item);
        int slot = plan.groupsFrom(item);
        for (int q = plan.insertsFrom(cell); q < plan.insertsTo(cell); q++) {
            int g = plan.groupAt(slot++);
            if (live(g) == 0) {
                link(plan.inserted(q), g);
            }
            store[g + ENTRIES + size(g)] = item;
            set(g, SIZE, size(g) + 1);
            set(g, LIVE, live(g) + 1);
        }
    }

    /** Makes {@code item} inactive: marks it dead, and unlinks or compacts its groups as they empty. */
    void remove(int item) {
        alive[item] = false;
        int cell = cells.of(item);
        int slot = plan.groupsFrom(item);
        for (int q = plan.insertsFrom(cell); q < plan.insertsTo(cell); q++) {
            int g = plan.groupAt(slot++);
            set(g, LIVE, live(g) - 1);
            if (live(g) == 0) {
                unlink(plan.inserted(q), g);
                set(g, SIZE, 0);
            } else if (size(g) - live(g) > live(g)) {
                compact(g);
            }
        }
    }

    /** Puts group {@code g} first in {@code bucket}'s list. */
    private void link(int bucket, int g) {
        int head = bucketHead[bucket];
        set(g, PREVIOUS, NONE);
        set(g, NEXT, head);
        if (head != NONE) {
            set(head, PREVIOUS, g);
        }
        bucketHead[bucket] = g;
    }

    private void unlink(int bucket, int g) {
        int previous = previous(g);
        int next = next(g);
        if (previous != NONE) {
            set(previous, NEXT, next);
        } else {
            bucketHead[bucket] = next;
        }
        if (next != NONE) {
            set(next, PREVIOUS, previous);
        }
    }

    /** Drops the dead entries of group {@code g}, keeping the order of the live ones. */
    private void compact(int g) {
        int from = g + ENTRIES;
        int to = from + size(g);
        int kept = from;
        for (int e = from; e < to; e++) {
            if (alive[store[e]]) {
                store[kept++] = store[e];
            }
        }
        set(g, SIZE, kept - from);
    }

    private int agency(int g) {
        return store[g + AGENCY];
    }

    private int live(int g) {
        return store[g + LIVE];
    }

    private int size(int g) {
        return store[g + SIZE];
    }

    private int next(int g) {
        return store[g + NEXT];
    }

    private int previous(int g) {
        return store[g + PREVIOUS];
    }

    private void set(int g, int field, int value) {
        store[g + field] = value;
    }
}
