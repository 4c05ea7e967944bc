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
 * value: the parent's number, the line and column packed in one {@code long} (line in the high
 * half), and the property name (a reference to the parser's interned String; {@code null} for an
 * array element, whose index is its place among its parent's children, counted when the index is
 * built). That is 16 bytes per value in three arrays, which a read fills with three stores (a map
 * from pointer to position would take several times as much).
 *
 * <p>Written by the one thread that reads the document; once the read has returned, only read.
 * The index from a value to its children is built on the first query and published through a
 * volatile field; two threads that build it at once build equal ones.
 */
@API(status = INTERNAL, since = "0.1")
public final class PositionRecorder {

    private static final int ROOT = 0;

    private int[] parents;
    private @Nullable String[] names;
    private long[] starts;
    private int count;
    /** The value being read at each depth: {@code open[0]} is the document. */
    private int[] open = new int[16];

    private volatile @Nullable Children children;

    /**
     * A recorder for a document of {@code length} bytes, sized for one value per 16 bytes: compact
     * agreements hold one per 20 or so, so the arrays seldom grow (growing them cost as much as
     * filling them).
     */
    PositionRecorder(int length) {
        int capacity = Math.max(64, length / 16);
        parents = new int[capacity];
        names = new String[capacity];
        starts = new long[capacity];
    }

    /** Records the document itself, at its first token. */
    void document(int line, int column) {
        add(-1, null, line, column);
        open[0] = ROOT;
    }

    /**
     * Records the value entered at {@code depth} (1 for a member of the document): the property
     * {@code name}, or an array element if {@code name} is null, starting at {@code line} and
     * {@code column}.
     */
    void enter(int depth, @Nullable String name, int line, int column) {
        if (count == 0) {
            return; // a test's reader that started without the document recorded
        }
        int node = add(open[depth - 1], name, line, column);
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth] = node;
    }

    private int add(int parent, @Nullable String name, int line, int column) {
        if (count == parents.length) {
            int capacity = count + (count >> 1);
            parents = Arrays.copyOf(parents, capacity);
            names = Arrays.copyOf(names, capacity);
            starts = Arrays.copyOf(starts, capacity);
        }
        int node = count++;
        parents[node] = parent;
        names[node] = name;
        starts[node] = (long) Math.max(1, line) << 32 | Math.max(1, column);
        return node;
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
        int node = ROOT;
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
     */
    private final class Children {
        private final int[] start = new int[count + 1];
        private final int[] order = new int[count];

        Children() {
            for (int node = 1; node < count; node++) {
                start[parents[node] + 1]++;
            }
            for (int node = 0; node < count; node++) {
                start[node + 1] += start[node];
            }
            int[] next = Arrays.copyOf(start, count);
            for (int node = 1; node < count; node++) {
                order[next[parents[node]]++] = node;
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
