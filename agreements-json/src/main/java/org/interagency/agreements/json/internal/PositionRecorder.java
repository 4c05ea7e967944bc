package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Where each value of one document starts, recorded while the document is read, in one pass:
 * a member at its property name, an array element at its first token, the document at its first
 * token. Asked for a pointer, it answers with the position of the value, or of the nearest
 * ancestor the document writes out (an omitted empty list is located at its object).
 *
 * <p>The values are numbered in the order they are entered (the document's own order, parents
 * before children). Per value three entries are kept, in parallel arrays rather than an object per
 * value: the line and column packed in one {@code long} (line in the high half), the property name
 * (a reference to the parser's interned String; {@code null} for an array element, whose index is
 * its place among its parent's children), and the depth, in one byte. The depth is all the tree
 * needs, since the values come in document order: a value's parent is the last value entered one
 * level up, which the index built on the first query works out. That is 13 bytes per value, which
 * a read fills with three stores and no look-up (keeping the parent's number instead took 16 bytes
 * and a stack of the open values; a map from pointer to position several times as much).
 *
 * <p>Written by the one thread that reads the document; once the read has returned, only read.
 * The index from a value to its children is built on the first query and published through a
 * volatile field; two threads that build it at once build equal ones.
 */
@API(status = INTERNAL, since = "0.1")
public final class PositionRecorder {

    /**
     * The deepest value a byte holds. Only the values of the model's shapes are entered (an
     * unknown property is, its content is skipped), and the model nests a few levels deep, so no
     * document comes near it; the check in {@link #enter} keeps a wrapped depth from ever
     * misplacing a value.
     */
    private static final int MAX_DEPTH = Byte.MAX_VALUE;

    private @Nullable String[] names;
    private long[] starts;
    private byte[] depths;
    private int count;

    private volatile @Nullable Children children;

    /**
     * A recorder for a document of {@code length} bytes, sized for one value per 16 bytes: compact
     * agreements hold one per 20 or so, so the arrays seldom grow (growing them cost as much as
     * filling them).
     */
    PositionRecorder(int length) {
        int capacity = Math.max(64, length / 16);
        names = new String[capacity];
        starts = new long[capacity];
        depths = new byte[capacity];
    }

    /**
     * Records the value entered at {@code depth} (0 for the document, 1 for a member of it): the
     * property {@code name}, or an array element (or the document) if {@code name} is null,
     * starting at {@code start} (see {@link #start}). The document is entered first.
     */
    void enter(int depth, @Nullable String name, long start) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("a value nests " + depth + " levels deep, more than " + MAX_DEPTH);
        }
        int node = count;
        if (node == starts.length) {
            int capacity = node + (node >> 1);
            names = Arrays.copyOf(names, capacity);
            starts = Arrays.copyOf(starts, capacity);
            depths = Arrays.copyOf(depths, capacity);
        }
        names[node] = name;
        starts[node] = start;
        depths[node] = (byte) depth;
        count = node + 1;
    }

    /**
     * A line and column packed in one {@code long}, the line in the high half; a parser's 0 or -1
     * for a place it does not know becomes 1.
     */
    static long start(int line, int column) {
        return (long) Math.max(1, line) << 32 | Math.max(1, column);
    }

    /** How many values were recorded. */
    int size() {
        return count;
    }

    /**
     * Where {@code pointer}, or its nearest recorded ancestor, starts; the start of the document
     * if nothing was recorded.
     */
    public SourcePosition locate(JsonPointer pointer) {
        if (count == 0) {
            return SourcePosition.START;
        }
        Children index = children();
        int node = 0;
        List<String> tokens = pointer.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int child = index.child(node, tokens.get(i));
            if (child < 0) {
                break;
            }
            node = child;
        }
        long start = starts[node];
        return new SourcePosition((int) (start >>> 32), (int) start);
    }

    private Children children() {
        Children index = children;
        if (index == null) {
            index = new Children();
            children = index;
        }
        return index;
    }

    /**
     * The children of every value, grouped by parent in document order (a counting sort of the
     * parent numbers): the children of value {@code v} are {@code order[start[v] .. start[v + 1])}.
     * The parents are worked out from the depths twice, once to count and once to place, rather
     * than kept in a third array.
     */
    private final class Children {
        private final int[] start = new int[count + 1];
        private final int[] order = new int[count];

        Children() {
            Parents parents = new Parents();
            for (int node = 1; node < count; node++) {
                start[parents.of(node) + 1]++;
            }
            for (int node = 0; node < count; node++) {
                start[node + 1] += start[node];
            }
            int[] next = Arrays.copyOf(start, count);
            parents = new Parents();
            for (int node = 1; node < count; node++) {
                order[next[parents.of(node)]++] = node;
            }
        }

        /** The child of {@code node} that {@code token} names, or -1. */
        int child(int node, String token) {
            int from = start[node];
            int to = start[node + 1];
            if (from == to) {
                return -1;
            }
            if (names[order[from]] == null) {
                int index = arrayIndex(token);
                return index >= 0 && index < to - from ? order[from + index] : -1;
            }
            for (int i = from; i < to; i++) {
                if (token.equals(names[order[i]])) {
                    return order[i];
                }
            }
            return -1;
        }
    }

    /**
     * The parent of each value, asked for in document order: the last value entered one level
     * up, kept for each level open at the time.
     */
    private final class Parents {
        private final int[] open = new int[MAX_DEPTH + 1];

        /** The parent of {@code node}, after the parents of every value before it were asked for. */
        int of(int node) {
            int depth = depths[node];
            open[depth] = node;
            return depth == 0 ? 0 : open[depth - 1];
        }
    }

    /** The array index a pointer token spells (RFC 6901: {@code 0}, or digits without a leading zero), or -1. */
    private static int arrayIndex(String token) {
        int length = token.length();
        if (length == 0 || length > 9 || (length > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }
}
