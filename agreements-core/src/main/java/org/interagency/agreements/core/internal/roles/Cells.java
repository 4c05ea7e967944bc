package org.interagency.agreements.core.internal.roles;

import java.util.Arrays;

/**
 * The cells of the assignments {@link OverlapSweep} checks: the distinct (scope node,
 * jurisdiction node) pairs, numbered scope by scope and, within a scope, in order of jurisdiction
 * node; with, for the walks up the two trees, each node's nearest strict ancestor that is some
 * cell's node (a "used" node: only those can hold assignments).
 *
 * <p>No hash table: the assignments are grouped by scope (a counting sort), and within one scope
 * each jurisdiction's cell is remembered in an array indexed by jurisdiction node. At 10^6 cells,
 * a table keyed by (scope, jurisdiction) missed the cache on every assignment; these arrays are
 * read in order or are as small as the trees. Finding the cell of a (scope, jurisdiction) pair is
 * a binary search among the cells of the scope ({@link #at}).
 */
final class Cells {

    /** What {@link #at} returns for a pair that is no cell, and {@link #scopeAbove} for the root. */
    static final int NONE = -1;

    private final NodeTree scopes;
    private final NodeTree jurisdictions;
    private int count;
    /** Per assignment, its cell. */
    private final int[] cellOf;
    /** Per cell, its scope and its jurisdiction. */
    private final int[] scopeOf;
    private final int[] jurisdictionOf;
    /** The cells of scope s are {@code firstAtScope[s]} to {@code firstAtScope[s + 1] - 1}. */
    private final int[] firstAtScope;
    /** Per scope node, the depth of the deepest jurisdiction some cell pairs it with, or -1. */
    private final int[] deepestJurisdictionAtScope;
    /** Per jurisdiction node, the depth of the deepest scope some cell pairs it with, or -1. */
    private final int[] deepestScopeAtJurisdiction;
    private final int[] usedScopeAbove;
    private final int[] usedJurisdictionAbove;

    /** The cells of the assignments of {@code in}. */
    Cells(OverlapSweep.Input in) {
        scopes = in.scopes();
        jurisdictions = in.jurisdictions();
        int n = in.size();
        cellOf = new int[n];
        // At most one cell per assignment: sized once, since at 10^6 cells growing by doubling
        // allocated each array twice over.
        scopeOf = new int[n];
        jurisdictionOf = new int[n];
        firstAtScope = new int[scopes.size() + 1];
        number(in);
        deepestJurisdictionAtScope = new int[scopes.size()];
        deepestScopeAtJurisdiction = new int[jurisdictions.size()];
        findDeepest();
        usedScopeAbove = usedAbove(scopes, scopeOf, count);
        usedJurisdictionAbove = usedAbove(jurisdictions, jurisdictionOf, count);
    }

    /** Numbers the cells, scope by scope, and sets each assignment's cell. */
    private void number(OverlapSweep.Input in) {
        IndexesByKey byScope = new IndexesByKey(in.scope(), in.size(), scopes.size());
        int[] seenAtScope = new int[jurisdictions.size()];
        Arrays.fill(seenAtScope, -1);
        int[] cellAtJurisdiction = new int[jurisdictions.size()];
        for (int s = 0; s < scopes.size(); s++) {
            int first = count;
            firstAtScope[s] = first;
            for (int k = byScope.from(s); k < byScope.to(s); k++) {
                int j = in.jurisdiction()[byScope.at(k)];
                if (seenAtScope[j] != s) {
                    seenAtScope[j] = s;
                    scopeOf[count] = s;
                    jurisdictionOf[count++] = j;
                }
            }
            // In jurisdiction order, for the binary search of at().
            Arrays.sort(jurisdictionOf, first, count);
            for (int c = first; c < count; c++) {
                cellAtJurisdiction[jurisdictionOf[c]] = c;
            }
            for (int k = byScope.from(s); k < byScope.to(s); k++) {
                int i = byScope.at(k);
                cellOf[i] = cellAtJurisdiction[in.jurisdiction()[i]];
            }
        }
        firstAtScope[scopes.size()] = count;
    }

    private void findDeepest() {
        Arrays.fill(deepestJurisdictionAtScope, -1);
        Arrays.fill(deepestScopeAtJurisdiction, -1);
        for (int c = 0; c < count; c++) {
            int s = scopeOf[c];
            int j = jurisdictionOf[c];
            deepestJurisdictionAtScope[s] = Math.max(deepestJurisdictionAtScope[s], jurisdictions.depth(j));
            deepestScopeAtJurisdiction[j] = Math.max(deepestScopeAtJurisdiction[j], scopes.depth(s));
        }
    }

    /**
     * For each node of {@code tree}, its nearest strict ancestor that is some cell's node, or
     * {@link #NONE}: one pass in node order, since a node's parent has a smaller number. The walks
     * up of the planning follow these links, skip every node that holds no assignment, and
     * allocate nothing.
     */
    private static int[] usedAbove(NodeTree tree, int[] nodeOfCell, int cells) {
        boolean[] used = new boolean[tree.size()];
        for (int c = 0; c < cells; c++) {
            used[nodeOfCell[c]] = true;
        }
        int[] up = new int[tree.size()];
        up[NodeTree.ROOT] = NONE;
        for (int x = NodeTree.ROOT + 1; x < tree.size(); x++) {
            int parent = tree.parent(x);
            up[x] = used[parent] ? parent : up[parent];
        }
        return up;
    }

    /** The number of cells. */
    int count() {
        return count;
    }

    /** The cell of assignment {@code i}. */
    int of(int i) {
        return cellOf[i];
    }

    /** The cells of the assignments, as {@link IndexesByKey}. */
    IndexesByKey assignmentsByCell() {
        return new IndexesByKey(cellOf, cellOf.length, count);
    }

    int scope(int cell) {
        return scopeOf[cell];
    }

    int jurisdiction(int cell) {
        return jurisdictionOf[cell];
    }

    /** The nearest strict ancestor of scope node {@code s} that is some cell's scope, or {@link #NONE}. */
    int scopeAbove(int s) {
        return usedScopeAbove[s];
    }

    /** The nearest strict ancestor of jurisdiction node {@code j} that is some cell's jurisdiction, or {@link #NONE}. */
    int jurisdictionAbove(int j) {
        return usedJurisdictionAbove[j];
    }

    /** Whether some cell at scope {@code s} has a jurisdiction at least as deep as {@code j}. */
    boolean hasJurisdictionAsDeepAt(int s, int j) {
        return deepestJurisdictionAtScope[s] >= jurisdictions.depth(j);
    }

    /** Whether some cell at jurisdiction {@code j} has a scope at least as deep as {@code s}. */
    boolean hasScopeAsDeepAt(int j, int s) {
        return deepestScopeAtJurisdiction[j] >= scopes.depth(s);
    }

    /**
     * The cell (s, j), or {@link #NONE}. Most of the ancestor pairs the planning asks for are no
     * cell; the depth bounds rule most of them out first, from arrays small enough to stay cached,
     * before the binary search.
     */
    int at(int s, int j) {
        if (!hasJurisdictionAsDeepAt(s, j) || !hasScopeAsDeepAt(j, s)) {
            return NONE;
        }
        int cell = Arrays.binarySearch(jurisdictionOf, firstAtScope[s], firstAtScope[s + 1], j);
        return cell >= 0 ? cell : NONE;
    }
}
