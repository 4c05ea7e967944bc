package org.interagency.agreements.core.internal.roles;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;

/**
 * The sort of {@link OverlapSweep}: the order in which it visits the assignments (by first day)
 * and removes them (by last day), as indexes sorted by a day, ties by index.
 *
 * <p>Three ways, the cheapest that applies: days already in order (assignments without periods
 * all start and end with the term) take one pass; days that span fewer than n +
 * {@value #DAY_SPAN} days, as the days of any agreement do (its term is years, not millennia), a
 * counting sort by day, O(n) with no comparison at all; any others, a sort of the distinct days
 * and a counting sort by rank among them, O(n log n).
 */
final class SweepOrder {

    /** {@link #byDay} sorts days that span up to n plus this many days. */
    private static final int DAY_SPAN = 1 << 16;

    private SweepOrder() {
    }

    /** The indexes 0 to n - 1 sorted by {@code key}, ties by index; reads only the first n keys. */
    static int[] order(long[] key, int n) {
        if (inOrder(key, n)) {
            return identity(n);
        }
        int[] byDay = byDay(key, n);
        return byDay != null ? byDay : byRank(key, n);
    }

    private static boolean inOrder(long[] key, int n) {
        for (int i = 1; i < n; i++) {
            if (key[i - 1] > key[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /**
     * The order by a counting sort on the days themselves, when the days other than
     * {@link Terms#OPEN} span fewer than {@code n + }{@value #DAY_SPAN} days: O(n + span) time.
     * {@code null} when they span more.
     */
    private static int @Nullable [] byDay(long[] key, int n) {
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
        // Slot d counts the day first + d; the last slot, the open end.
        int open = (int) span + 1;
        int[] next = new int[open + 2];
        for (int i = 0; i < n; i++) {
            next[slot(key[i], first, open) + 1]++;
        }
        for (int d = 0; d <= open; d++) {
            next[d + 1] += next[d];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[next[slot(key[i], first, open)]++] = i;
        }
        return order;
    }

    private static int slot(long day, long first, int open) {
        return day == Terms.OPEN ? open : (int) (day - first);
    }

    /**
     * The order for days of any span: each key is ranked among the distinct keys (one sort of the
     * primitive keys, then a binary search per key), and the indexes placed by a counting sort on
     * the rank, which is stable, so ties stay in index order without comparing indexes.
     */
    private static int[] byRank(long[] key, int n) {
        long[] distinct = Arrays.copyOf(key, n);
        Arrays.sort(distinct);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || distinct[i] != distinct[m - 1]) {
                distinct[m++] = distinct[i];
            }
        }
        int[] rank = new int[n];
        int[] next = new int[m + 1];
        for (int i = 0; i < n; i++) {
            rank[i] = Arrays.binarySearch(distinct, 0, m, key[i]);
            next[rank[i] + 1]++;
        }
        for (int r = 0; r < m; r++) {
            next[r + 1] += next[r];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[next[rank[i]]++] = i;
        }
        return order;
    }
}
