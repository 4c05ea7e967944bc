package org.interagency.agreements.core.internal.roles;

/**
 * A hash map from {@code long} keys, not negative, to {@code int} values, with open addressing:
 * the overlap check looks up millions of packed (node, node) keys, and boxed
 * {@code HashMap<Long, Integer>} entries would dominate its time and memory. Keys are spread by a
 * bijective mix before probing, so packed keys whose halves differ little do not collide.
 *
 * <p>Each key is stored next to its value in one array, so that a look-up in a map far larger
 * than the processor's caches misses the cache once, not once per array (at 10^6 assignments
 * the check's time was mostly such misses). Not thread-safe.
 */
final class LongIntMap {

    /** What {@link #get(long)} returns for an absent key. */
    static final int ABSENT = -1;

    /**
     * Slot i holds its key plus one at {@code 2 i} (0 for a free slot, so a new array is empty
     * without being filled) and its value at {@code 2 i + 1}.
     */
    private long[] slots;
    private int mask;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[2 * capacity];
        mask = capacity - 1;
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    int get(long key) {
        long stored = key + 1;
        for (int i = slot(key, mask); ; i = i + 1 & mask) {
            long k = slots[2 * i];
            if (k == stored) {
                return (int) slots[2 * i + 1];
            }
            if (k == 0) {
                return ABSENT;
            }
        }
    }

    /**
     * Sets the value of {@code key}.
     *
     * @throws IllegalArgumentException if {@code key} is negative
     */
    void put(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("key " + key + " is negative: keys are packed non-negative ints");
        }
        if (2 * (size + 1) > mask + 1) {
            grow();
        }
        long stored = key + 1;
        int i = slot(key, mask);
        while (slots[2 * i] != 0) {
            if (slots[2 * i] == stored) {
                slots[2 * i + 1] = value;
                return;
            }
            i = i + 1 & mask;
        }
        slots[2 * i] = stored;
        slots[2 * i + 1] = value;
        size++;
    }

    /** The number of keys. */
    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = old.length - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i] - 1, (int) old[i + 1]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }
}
