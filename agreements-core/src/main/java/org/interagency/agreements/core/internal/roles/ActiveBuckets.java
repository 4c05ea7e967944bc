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
 * <p>Everything lives in primitive arrays, as linked lists by index, so the sweep allocates no
 * object per assignment. Not thread-safe.
 */
final class ActiveBuckets {

    /**
     * A group's fields, at {@code group[g * GROUP + field]}: its agency, its live entries, its
     * entries (live or dead), its first entry, and the next and previous group in its bucket's
     * list. One record per group rather than one array per field: the sweep visits groups in no
     * useful order, and at 10^6 assignments each array would miss the cache on every visit. The
     * record is padded to eight ints, a power of two.
     */
    private static final int AGENCY = 0;
    private static final int LIVE = 1;
    private static final int SIZE = 2;
    private static final int FIRST = 3;
    private static final int NEXT = 4;
    private static final int PREVIOUS = 5;
    private static final int GROUP = 8;

    /** The end of a list of groups or of entries. */
    private static final int NONE = -1;

    private final BucketPlan plan;
    private final Cells cells;
    /** Whether each assignment is active: added, and not yet removed. */
    private final boolean[] alive;
    /** Per bucket, its first group with live entries, or {@link #NONE}. */
    private final int[] bucketHead;
    private final int[] group;
    /**
     * Entry e's assignment at {@code entry[2 e]}, the next entry of its group (or {@link #NONE})
     * at {@code entry[2 e + 1]}: one array rather than two for the reason of the group records.
     * Entries are never reused, and each assignment is added once, so the sweep makes exactly
     * {@link BucketPlan#entryCount()} of them.
     */
    private final int[] entry;
    private int entryCount;

    /** Empty buckets for the sweep that {@code plan} plans, of {@code n} assignments. */
    ActiveBuckets(BucketPlan plan, int n) {
        this.plan = plan;
        this.cells = plan.cells();
        alive = new boolean[n];
        bucketHead = new int[plan.bucketCount()];
        Arrays.fill(bucketHead, NONE);
        IntList agencies = plan.groupAgencies();
        group = new int[agencies.size * GROUP];
        for (int g = 0; g < agencies.size; g++) {
            set(g, AGENCY, agencies.values[g]);
            set(g, FIRST, NONE);
        }
        entry = new int[2 * plan.entryCount()];
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
        for (int e = first(g); e != NONE; e = nextEntry(e)) {
            int item = item(e);
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
            int e = entryCount++;
            entry[2 * e] = item;
            entry[2 * e + 1] = first(g);
            set(g, FIRST, e);
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
                set(g, FIRST, NONE);
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

    /** Drops the dead entries of group {@code g} from its list. */
    private void compact(int g) {
        int kept = NONE;
        int last = NONE;
        for (int e = first(g); e != NONE; e = nextEntry(e)) {
            if (alive[item(e)]) {
                if (last == NONE) {
                    kept = e;
                } else {
                    entry[2 * last + 1] = e;
                }
                last = e;
            }
        }
        if (last != NONE) {
            entry[2 * last + 1] = NONE;
        }
        set(g, FIRST, kept);
        set(g, SIZE, live(g));
    }

    private int agency(int g) {
        return group[g * GROUP + AGENCY];
    }

    private int live(int g) {
        return group[g * GROUP + LIVE];
    }

    private int size(int g) {
        return group[g * GROUP + SIZE];
    }

    private int first(int g) {
        return group[g * GROUP + FIRST];
    }

    private int next(int g) {
        return group[g * GROUP + NEXT];
    }

    private int previous(int g) {
        return group[g * GROUP + PREVIOUS];
    }

    private void set(int g, int field, int value) {
        group[g * GROUP + field] = value;
    }

    private int item(int e) {
        return entry[2 * e];
    }

    private int nextEntry(int e) {
        return entry[2 * e + 1];
    }
}
