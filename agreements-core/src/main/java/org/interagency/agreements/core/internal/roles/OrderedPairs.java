package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The overlapping pairs one rule found in a table of one agreement, each as (first, second) rows,
 * reported in the order the report sorts their findings in: by the first row's pointer (which is
 * row order: rows are numbered in the order the document lists them), then by message, then by
 * the second row's pointer.
 *
 * <p>Why: the report sorts every finding, and pairs come from the sweep in no order of theirs.
 * Sorted here, by row numbers first and by message only among the few pairs at one row, they
 * make one ascending run, which the report's sort checks in n - 1 comparisons instead of
 * sorting in n log n: at 5·10⁴ assignments with 1.2·10⁵ conflicts, the sort was half of the
 * check.
 */
final class OrderedPairs {

    /** Sorts the messages at one row: by text, then by the second row. */
    private static final Comparator<OverlapMessage> AT_ONE_ROW = (x, y) -> {
        int c = x.compareUnranked(y);
        return c != 0 ? c : Integer.compare(x.second(), y.second());
    };

    // Rows are not negative: the first in the high half, so that the longs sort by first, then second.
    private long[] pairs = new long[16];
    private int size;

    /** Adds the pair of rows {@code a} and {@code b}, in either order. */
    void add(int a, int b) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = pack(a, b);
    }

    /**
     * Reports every pair of {@code whole}'s rows to {@code context}, in the report's order, each
     * at its first row by content ({@link Overlaps}), with messages from the texts {@code textsOf}
     * makes of a table of only the rows in pairs ({@link AssignmentTable#rows}).
     */
    void reportTo(RuleContext context, AssignmentTable whole, Function<AssignmentTable, OverlapMessage.Texts> textsOf,
            String hint) {
        if (size == 0) {
            return;
        }
        Overlaps order = Overlaps.of(whole, size);
        for (int k = 0; k < size; k++) {
            int a = (int) (pairs[k] >>> 32);
            int b = (int) pairs[k];
            int first = order.first(a, b);
            pairs[k] = pack(first, first == a ? b : a);
        }
        Arrays.sort(pairs, 0, size);
        // The messages, written when read, name a table of only the rows in pairs, so that a
        // report held after the check keeps those rows alive and not the agreement's whole table
        // (see AssignmentTable.rows). Renumbered in order, the rows sort as before.
        AssignmentTable table = whole.rows(renumber(whole.size));
        OverlapMessage.Texts texts = textsOf.apply(table);
        RowPointers pointers = new RowPointers(table);
        // One array for the messages of every row in turn, so that there is no array per row.
        OverlapMessage[] messages = new OverlapMessage[Math.min(size, 16)];
        int start = 0;
        while (start < size) {
            int first = (int) (pairs[start] >>> 32);
            int end = start + 1;
            while (end < size && (int) (pairs[end] >>> 32) == first) {
                end++;
            }
            int count = end - start;
            if (count > messages.length) {
                messages = new OverlapMessage[Math.max(count, 2 * messages.length)];
            }
            OverlapMessage.At at = new OverlapMessage.At(texts, first);
            for (int k = start; k < end; k++) {
                messages[k - start] = new OverlapMessage(at, (int) pairs[k]);
            }
            if (count > 1) {
                Arrays.sort(messages, 0, count, AT_ONE_ROW);
                rank(messages, count);
            }
            JsonPointer location = pointers.pointer(first);
            for (int k = 0; k < count; k++) {
                context.report(location, messages[k], hint, pointers.related(messages[k].second()));
                messages[k] = null;
            }
            start = end;
        }
    }

    /**
     * Renumbers the rows of the pairs, of a table of {@code rows} rows, 0, 1, 2… in ascending
     * order, and returns the old number of each new one.
     */
    private int[] renumber(int rows) {
        int[] renumbered = new int[rows];
        for (int k = 0; k < size; k++) {
            renumbered[(int) (pairs[k] >>> 32)] = 1;
            renumbered[(int) pairs[k]] = 1;
        }
        int count = 0;
        for (int row = 0; row < rows; row++) {
            count += renumbered[row];
        }
        int[] old = new int[count];
        int next = 0;
        for (int row = 0; row < rows; row++) {
            if (renumbered[row] != 0) {
                old[next] = row;
                renumbered[row] = next++;
            }
        }
        for (int k = 0; k < size; k++) {
            pairs[k] = pack(renumbered[(int) (pairs[k] >>> 32)], renumbered[(int) pairs[k]]);
        }
        return old;
    }

    /** Ranks sorted messages at one row, so that the report compares them as ints (see {@link OverlapMessage}). */
    private static void rank(OverlapMessage[] sorted, int count) {
        int rank = 0;
        sorted[0].rank(0);
        for (int k = 1; k < count; k++) {
            if (sorted[k].compareUnranked(sorted[k - 1]) != 0) {
                rank++;
            }
            sorted[k].rank(rank);
        }
    }

    private static long pack(int first, int second) {
        return (long) first << 32 | second;
    }
}
