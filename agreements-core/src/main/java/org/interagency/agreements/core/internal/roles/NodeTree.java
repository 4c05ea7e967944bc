package org.interagency.agreements.core.internal.roles;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.List;

/**
 * A tree of hierarchical codes (scope paths or jurisdictions) with each distinct code interned as
 * a small int node, so that the overlap check compares ints, not lists of strings. Node
 * {@link #ROOT} is the empty code above every top-level code: for jurisdictions it stands for
 * "no jurisdiction", the whole territory, which contains every jurisdiction.
 *
 * <p>Interning a code interns its ancestors too, first, so every node's parent is a node with a
 * smaller number. Not thread-safe while codes are interned; a tree that is only read (as the roles
 * rules of one validation share it) may be read by several rules in turn.
 */
final class NodeTree {

    /** The node above every top-level code. */
    static final int ROOT = 0;

    /**
     * The nodes form a trie: a node's child is looked up by (node, the segment's hash code) in a
     * table of longs, and confirmed by comparing the segment; children whose segments' hash codes
     * collide take the next hash values (open addressing within the node). Interning a code costs
     * one look-up and one string comparison per segment, and no allocation once its nodes exist;
     * keying a map by the code's list of segments instead hashed and compared whole lists, and
     * copied every new code and ancestor.
     */
    private final @Nullable LongIntMap children;
    private int size = 1;
    private String[] segment;
    private int[] parent;
    private int[] depth;

    NodeTree() {
        this(16);
    }

    /** A tree sized for about {@code expectedNodes} nodes. */
    NodeTree(int expectedNodes) {
        children = new LongIntMap(expectedNodes);
        int capacity = Math.max(16, expectedNodes);
        segment = new String[capacity];
        parent = new int[capacity];
        depth = new int[capacity];
        segment[ROOT] = "";
        parent[ROOT] = -1;
    }

    /** A copy of {@code source} that cannot grow, without the table that interns codes; see {@link #frozen()}. */
    private NodeTree(NodeTree source) {
        children = null;
        size = source.size;
        segment = Arrays.copyOf(source.segment, size);
        parent = Arrays.copyOf(source.parent, size);
        depth = Arrays.copyOf(source.depth, size);
    }

    /**
     * {@return a copy of this tree, with the same nodes, that cannot intern codes} It keeps what
     * reading a node needs (its segment, parent and depth) and drops the hash table of children,
     * which is most of a small tree.
     */
    NodeTree frozen() {
        return new NodeTree(this);
    }

    /**
     * The node of the code with {@code segments}; {@link #ROOT} for {@code null} or no segments.
     *
     * @throws IllegalStateException if this tree is {@linkplain #frozen() frozen}
     */
    int intern(@Nullable List<String> segments) {
        if (segments == null) {
            return ROOT;
        }
        int node = ROOT;
        for (int i = 0; i < segments.size(); i++) {
            node = child(node, segments.get(i));
        }
        return node;
    }

    /** The child of {@code up} with segment {@code name}, added if new. */
    private int child(int up, String name) {
        LongIntMap children = this.children;
        if (children == null) {
            throw new IllegalStateException("a frozen tree interns no code");
        }
        for (int probe = name.hashCode(); ; probe++) {
            long key = (long) up << 32 | probe & 0xFFFF_FFFFL;
            int child = children.get(key);
            if (child == LongIntMap.ABSENT) {
                child = add(up, name);
                children.put(key, child);
                return child;
            }
            if (segment[child].equals(name)) {
                return child;
            }
        }
    }

    private int add(int up, String name) {
        int node = size++;
        if (node == parent.length) {
            segment = Arrays.copyOf(segment, node * 2);
            parent = Arrays.copyOf(parent, node * 2);
            depth = Arrays.copyOf(depth, node * 2);
        }
        segment[node] = name;
        parent[node] = up;
        depth[node] = depth[up] + 1;
        return node;
    }

    /** The number of nodes, {@link #ROOT} included. */
    int size() {
        return size;
    }

    /** The parent of {@code node}; -1 for {@link #ROOT}. */
    int parent(int node) {
        return parent[node];
    }

    /** The number of segments of the node's code; 0 for {@link #ROOT}. */
    int depth(int node) {
        return depth[node];
    }

    /** Whether {@code ancestor} is {@code node} or lies above it. */
    boolean containsOrEquals(int ancestor, int node) {
        int n = node;
        while (depth[n] > depth[ancestor]) {
            n = parent[n];
        }
        return n == ancestor;
    }

    /** The node's code written with {@code '/'}; the empty string for {@link #ROOT}. */
    String text(int node) {
        if (node == ROOT) {
            return "";
        }
        String[] names = new String[depth[node]];
        for (int n = node; n != ROOT; n = parent[n]) {
            names[depth[n] - 1] = segment[n];
        }
        return String.join("/", names);
    }
}
