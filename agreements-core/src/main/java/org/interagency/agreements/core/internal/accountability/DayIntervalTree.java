package org.interagency.agreements.core.internal.accountability;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A static centred interval tree over closed ranges of days: which ranges contain a given day.
 * Built in O(n log n), asked in O(log n + k) for k ranges found. Immutable and thread-safe.
 *
 * <p>Each node holds a centre day and the ranges that contain it, twice: sorted by first day
 * (ascending) and by last day (descending). Ranges entirely before the centre go to the left
 * subtree, entirely after it to the right. A day before the centre reads the node's ranges in
 * first-day order and stops at the first that starts after the day; a day after it reads them in
 * last-day order and stops at the first that ends before it: each range read is an answer, plus
 * one read per node on one root-to-leaf path.
 *
 * <p>The centre is the first day of the median range in first-day order: at most half of the
 * ranges start after it, and at most half end before it (those all start before it), so each
 * subtree has at most half the ranges and the depth is at most log2 n + 1. The two sorted orders
 * are made once and split stably at each node, which keeps the build at O(n log n).
 */
@API(status = INTERNAL, since = "0.1")
public final class DayIntervalTree {

    private record Node(long centre, int[] byFirstDay, int[] byLastDay, @Nullable Node before, @Nullable Node after) {
    }

    private final long[] firstDays;
    private final long[] lastDays;
    private final @Nullable Node root;

    private DayIntervalTree(long[] firstDays, long[] lastDays) {
        this.firstDays = firstDays;
        this.lastDays = lastDays;
        Integer[] ids = IntStream.range(0, firstDays.length).boxed().toArray(Integer[]::new);
        int[] byFirstDay = Arrays.stream(ids.clone())
                .sorted(Comparator.comparingLong(i -> firstDays[i]))
                .mapToInt(Integer::intValue).toArray();
        int[] byLastDay = Arrays.stream(ids)
                .sorted(Comparator.comparingLong((Integer i) -> lastDays[i]).reversed())
                .mapToInt(Integer::intValue).toArray();
        this.root = build(byFirstDay, byLastDay);
    }

    /**
     * The tree of the ranges {@code [firstDays[i], lastDays[i]]}, both ends inclusive, each known
     * by its index {@code i}.
     *
     * @param firstDays the first day of each range (epoch days)
     * @param lastDays the last day of each range, at least its first day ({@link Long#MAX_VALUE}
     *     for a range with no end)
     * @return the tree
     * @throws IllegalArgumentException if the arrays differ in length or a range ends before it starts
     */
    public static DayIntervalTree of(long[] firstDays, long[] lastDays) {
        if (firstDays.length != lastDays.length) {
            throw new IllegalArgumentException("as many first days as last days are needed");
        }
        for (int i = 0; i < firstDays.length; i++) {
            if (lastDays[i] < firstDays[i]) {
                throw new IllegalArgumentException("range " + i + " ends before it starts");
            }
        }
        return new DayIntervalTree(firstDays.clone(), lastDays.clone());
    }

    /** The number of ranges. */
    public int size() {
        return firstDays.length;
    }

    /**
     * Gives {@code found} the index of every range that contains {@code day}, in no particular order.
     *
     * @param day the day asked about (epoch day)
     * @param found receives each index once
     */
    public void stab(long day, IntConsumer found) {
        Node node = root;
        while (node != null) {
            if (day < node.centre) {
                for (int id : node.byFirstDay) {
                    if (firstDays[id] > day) {
                        break;
                    }
                    found.accept(id);
                }
                node = node.before;
            } else if (day > node.centre) {
                for (int id : node.byLastDay) {
                    if (lastDays[id] < day) {
                        break;
                    }
                    found.accept(id);
                }
                node = node.after;
            } else {
                for (int id : node.byFirstDay) {
                    found.accept(id);
                }
                return;
            }
        }
    }

    private @Nullable Node build(int[] byFirstDay, int[] byLastDay) {
        if (byFirstDay.length == 0) {
            return null;
        }
        long centre = firstDays[byFirstDay[byFirstDay.length / 2]];
        int[][] firstParts = split(byFirstDay, centre);
        int[][] lastParts = split(byLastDay, centre);
        return new Node(centre, firstParts[1], lastParts[1],
                build(firstParts[0], lastParts[0]), build(firstParts[2], lastParts[2]));
    }

    /** The ranges before {@code centre}, containing it, and after it, each in the order given. */
    private int[][] split(int[] ids, long centre) {
        int[] before = new int[ids.length];
        int[] containing = new int[ids.length];
        int[] after = new int[ids.length];
        int b = 0;
        int c = 0;
        int a = 0;
        for (int id : ids) {
            if (lastDays[id] < centre) {
                before[b++] = id;
            } else if (firstDays[id] > centre) {
                after[a++] = id;
            } else {
                containing[c++] = id;
            }
        }
        return new int[][] {Arrays.copyOf(before, b), Arrays.copyOf(containing, c), Arrays.copyOf(after, a)};
    }
}
