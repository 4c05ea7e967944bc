package org.interagency.agreements.core.internal.roles;

import java.util.Arrays;

/**
 * The indexes 0 to n - 1 grouped by a small int key, each group in index order: a counting sort,
 * O(n + keys) time. The planning of {@link OverlapSweep} groups assignments by scope and by cell,
 * and bucket insertions by bucket, with it, where a hash table would miss the cache (see
 * {@link Cells} and {@link BucketPlan}).
 */
final class IndexesByKey {

    /** The indexes with key k are {@code index[start[k]]} to {@code index[start[k + 1] - 1]}. */
    private final int[] start;
    private final int[] index;

    /** Groups 0 to n - 1 by {@code key[i]}, each key from 0 to {@code keys - 1}. */
    IndexesByKey(int[] key, int n, int keys) {
        start = new int[keys + 1];
        for (int i = 0; i < n; i++) {
            start[key[i] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        index = new int[n];
        int[] next = Arrays.copyOf(start, keys);
        for (int i = 0; i < n; i++) {
            index[next[key[i]]++] = i;
        }
    }

    /** The position of the first index with key {@code k}. */
    int from(int k) {
        return start[k];
    }

    /** The position after the last index with key {@code k}. */
    int to(int k) {
        return start[k + 1];
    }

    /** The index at {@code position}, from {@link #from} to {@link #to} of its key. */
    int at(int position) {
        return index[position];
    }
}
