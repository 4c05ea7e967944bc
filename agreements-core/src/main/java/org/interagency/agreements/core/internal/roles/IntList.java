package org.interagency.agreements.core.internal.roles;

import java.util.Arrays;

/**
 * A growable list of ints, read through its array: the planning of {@link OverlapSweep} builds
 * lists of millions of bucket ids, and boxed lists would cost an object per id.
 */
final class IntList {

    /** The elements, from 0 to {@link #size} - 1; the array may be longer. */
    int[] values;
    int size;

    /** An empty list with room for {@code capacity} elements before it grows. */
    IntList(int capacity) {
        values = new int[Math.max(16, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }
}
