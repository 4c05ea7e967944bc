package org.interagency.agreements.core.internal.roles;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tree of hierarchical codes (scope paths or jurisdictions) with each distinct code interned as
 * a small int node, so that the overlap check compares ints, not lists of strings. Node
 * {@link #ROOT} is the empty code above every top-level code: for jurisdictions it stands for
 * "no jurisdiction", the whole territory, which contains every jurisdiction.
 *
 * <p>Interning a code interns its ancestors too, so every node's parent is a node. Not
 * thread-safe; built and used within one check.
 */
final class NodeTree {

    /** The node above every top-level code. */
    static final int ROOT = 0;

    private final Map<List<String>, Integer> ids = new HashMap<>();
    private final List<List<String>> codes = new ArrayList<>();
    private int[] parent = new int[64];
    private int[] depth = new int[64];

    NodeTree() {
        codes.add(List.of());
        parent[ROOT] = -1;
    }

    /** The node of the code with {@code segments}; {@link #ROOT} for {@code null} or no segments. */
    int intern(@Nullable List<String> segments) {
        if (segments == null || segments.isEmpty()) {
            return ROOT;
        }
        Integer known = ids.get(segments);
        if (known != null) {
            return known;
        }
        int up = intern(segments.subList(0, segments.size() - 1));
        int node = codes.size();
        List<String> copy = List.copyOf(segments);
        codes.add(copy);
        ids.put(copy, node);
        if (node == parent.length) {
            parent = Arrays.copyOf(parent, node * 2);
            depth = Arrays.copyOf(depth, node * 2);
        }
        parent[node] = up;
        depth[node] = copy.size();
        return node;
    }

    /** The number of nodes, {@link #ROOT} included. */
    int size() {
        return codes.size();
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
        return String.join("/", codes.get(node));
    }

    /** The node and its ancestors, nearest first, {@link #ROOT} last. */
    int[] selfAndAncestors(int node) {
        int[] chain = new int[depth[node] + 1];
        int n = node;
        for (int i = 0; i < chain.length; i++) {
            chain[i] = n;
            n = parent[n];
        }
        return chain;
    }
}
