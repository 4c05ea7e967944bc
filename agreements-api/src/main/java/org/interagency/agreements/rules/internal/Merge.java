package org.interagency.agreements.rules.internal;

import org.interagency.agreements.rules.Finding;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Merges two lists in {@link Finding#ORDER} into one, as stretches of the two ({@link Slices}):
 * the findings are not copied, and a stretch of one list that no finding of the other falls into
 * is found by galloping (O(log k) comparisons for k findings), so that its findings are not read.
 * Ties keep the first list's findings first.
 */
final class Merge {

    private final List<Object> sources = new ArrayList<>();
    private int[] from = new int[8];
    private int[] ends = new int[8];
    private int size;

    private Merge() {
    }

    /** {@return {@code a} and {@code b} merged, immutable; either itself if the other is empty} */
    static List<Finding> of(List<Finding> a, List<Finding> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Merge merge = new Merge();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int untilA = firstAfter(a, i, b.get(j), true);
            merge.add(a, i, untilA);
            i = untilA;
            if (i == a.size()) {
                break;
            }
            int untilB = firstAfter(b, j, a.get(i), false);
            merge.add(b, j, untilB);
            j = untilB;
        }
        merge.add(a, i, a.size());
        merge.add(b, j, b.size());
        return new Slices(merge.sources.toArray(), merge.from, merge.ends, merge.size);
    }

    /**
     * The first index from {@code start} on whose finding comes after {@code key} ({@code orEqual})
     * or is not before it (not {@code orEqual}); the list's size if none. Galloping: 1, 2, 4, ...
     * steps, then a binary search in the last step.
     */
    private static int firstAfter(List<Finding> list, int start, Finding key, boolean orEqual) {
        int n = list.size();
        int below = start - 1;
        int step = 1;
        int probe = start;
        while (probe < n && taken(list.get(probe), key, orEqual)) {
            below = probe;
            probe = start + step;
            step *= 2;
        }
        int above = Math.min(probe, n);
        while (above - below > 1) {
            int mid = (below + above) >>> 1;
            if (taken(list.get(mid), key, orEqual)) {
                below = mid;
            } else {
                above = mid;
            }
        }
        return above;
    }

    private static boolean taken(Finding finding, Finding key, boolean orEqual) {
        int c = Finding.ORDER.compare(finding, key);
        return orEqual ? c <= 0 : c < 0;
    }

    /** Adds {@code list}'s findings {@code lo} to {@code hi - 1}, the stretches they are made of if it is merged. */
    private void add(List<Finding> list, int lo, int hi) {
        if (lo >= hi) {
            return;
        }
        if (list instanceof Slices slices) {
            int s = CheckFindings.part(slices.ends, slices.sources.length, lo);
            while (lo < hi) {
                int sliceStart = s == 0 ? 0 : slices.ends[s - 1];
                int sliceEnd = Math.min(slices.ends[s], hi);
                @SuppressWarnings("unchecked")
                List<Finding> source = (List<Finding>) slices.sources[s];
                addSlice(source, slices.from[s] + lo - sliceStart, sliceEnd - lo);
                lo = sliceEnd;
                s++;
            }
        } else {
            addSlice(list, lo, hi - lo);
        }
    }

    private void addSlice(List<Finding> source, int start, int count) {
        int k = sources.size();
        if (k > 0 && sources.get(k - 1) == source && from[k - 1] + ends[k - 1] - (k == 1 ? 0 : ends[k - 2]) == start) {
            size += count;
            ends[k - 1] = size;
            return;
        }
        if (k == from.length) {
            from = Arrays.copyOf(from, 2 * k);
            ends = Arrays.copyOf(ends, 2 * k);
        }
        sources.add(source);
        from[k] = start;
        size += count;
        ends[k] = size;
    }

    /** Stretches of other lists, one after the other: immutable. */
    private static final class Slices extends AbstractList<Finding> implements RandomAccess {

        private final Object[] sources;
        private final int[] from;
        // ends[s] is the number of findings in stretches 0 to s.
        private final int[] ends;
        private final int size;

        Slices(Object[] sources, int[] from, int[] ends, int size) {
            this.sources = sources;
            this.from = from;
            this.ends = ends;
            this.size = size;
        }

        @Override
        public Finding get(int index) {
            Objects.checkIndex(index, size);
            int s = CheckFindings.part(ends, sources.length, index);
            @SuppressWarnings("unchecked")
            List<Finding> source = (List<Finding>) sources[s];
            return source.get(from[s] + index - (s == 0 ? 0 : ends[s - 1]));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
