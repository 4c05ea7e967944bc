package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.core.internal.FindingCollector;
import org.interagency.agreements.core.internal.FindingRun;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The overlapping pairs one rule found in a table of one agreement, each as (first, second) rows,
 * reported in the order the report sorts their findings in: by the first row's pointer (which is
 * row order: rows are numbered in the order the document lists them), then by message, then by
 * the second row's pointer.
 *
 * <p>Why: the report sorts every finding, and pairs come from the sweep in no order of theirs.
 * In report order, they are reported as one run ({@link FindingCollector#reportInOrder}), kept as
 * one long per pair until read, which the report takes as it is. The order costs a counting sort
 * by first row, and at each row a sort of its pairs by the rank of the second row's agency
 * ({@link OverlapMessage.Texts#agencyRank(int)}), the rest of the messages compared only among
 * pairs of one second agency ({@link OverlapMessage#compareAtRow}): at 2·10⁵ assignments with
 * 1.9·10⁶ conflicts, sorting the pairs as longs and then each row's messages as objects, and the
 * report's sort of every finding, were most of the check.
 */
final class OrderedPairs {

    /** Sorts the messages at one row: by text, then by the second row. */
    private static final Comparator<OverlapMessage> AT_ONE_ROW = (x, y) -> {
        int c = x.compareText(y);
        return c != 0 ? c : Integer.compare(x.second(), y.second());
    };

    // Rows are not negative: the first in the high half, the second in the low half.
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
            int a = first(pairs[k]);
            int b = (int) pairs[k];
            int first = order.first(a, b);
            pairs[k] = pack(first, first == a ? b : a);
        }
        // The messages, written when read, name a table of only the rows in pairs, so that a
        // report held after the check keeps those rows alive and not the agreement's whole table
        // (see AssignmentTable.rows). Renumbered in order, the rows sort as before.
        AssignmentTable table = whole.rows(renumber(whole.size));
        OverlapMessage.Texts texts = textsOf.apply(table);
        long[] ordered = byFirstRow(table);
        RowOrder rows = new RowOrder(texts);
        int start = 0;
        while (start < size) {
            int first = first(ordered[start]);
            int end = start + 1;
            while (end < size && first(ordered[end]) == first) {
                end++;
            }
            if (end - start > 1) {
                rows.sort(ordered, start, end);
            }
            start = end;
        }
        Found found = new Found(ordered, size, table, texts, hint);
        if (context instanceof FindingCollector collector) {
            collector.reportInOrder(found);
        } else {
            for (int k = 0; k < size; k++) {
                context.report(found.location(k), found.message(k), hint, found.related(k));
            }
        }
    }

    /**
     * The pairs, each (first, second) already, grouped by first row in row order: a counting sort,
     * O(n + k) for n rows and k pairs.
     */
    private long[] byFirstRow(AssignmentTable table) {
        int[] next = new int[table.size + 1];
        for (int k = 0; k < size; k++) {
            next[first(pairs[k]) + 1]++;
        }
        for (int row = 0; row < table.size; row++) {
            next[row + 1] += next[row];
        }
        long[] ordered = new long[size];
        for (int k = 0; k < size; k++) {
            ordered[next[first(pairs[k])]++] = pairs[k];
        }
        return ordered;
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

    /** Orders the pairs of one first row by message, then second row. */
    private static final class RowOrder {

        /** Stretches of one second agency up to this long are sorted by insertion, without message objects. */
        private static final int SMALL = 16;

        private final OverlapMessage.Texts texts;
        private OverlapMessage[] messages = new OverlapMessage[16];

        RowOrder(OverlapMessage.Texts texts) {
            this.texts = texts;
        }

        /**
         * Sorts {@code pairs[start..end)}, which share their first row. While the agencies' ranks
         * decide, as longs: (rank of the second row's agency, second row) in place of the pair, the
         * pair written back after; then each stretch of one rank by what follows the agency.
         */
        void sort(long[] pairs, int start, int end) {
            int first = first(pairs[start]);
            if (texts.agencyRank(first) < 0) {
                sortByMessage(pairs, start, end);
                return;
            }
            for (int k = start; k < end; k++) {
                int second = (int) pairs[k];
                pairs[k] = pack(texts.agencyRank(second), second);
            }
            Arrays.sort(pairs, start, end);
            int stretch = start;
            for (int k = start + 1; k <= end; k++) {
                if (k == end || first(pairs[k]) != first(pairs[stretch])) {
                    for (int j = stretch; j < k; j++) {
                        pairs[j] = pack(first, (int) pairs[j]);
                    }
                    if (k - stretch > SMALL) {
                        sortByMessage(pairs, stretch, k);
                    } else if (k - stretch > 1) {
                        insertionSort(pairs, stretch, k);
                    }
                    stretch = k;
                }
            }
        }

        /**
         * As {@link #sortByMessage}, for a few pairs whose second agencies' quoted ids are equal:
         * compared by {@link OverlapMessage#compareAtRow}, without a message object.
         */
        private void insertionSort(long[] pairs, int start, int end) {
            int first = first(pairs[start]);
            for (int k = start + 1; k < end; k++) {
                long pair = pairs[k];
                int j = k - 1;
                while (j >= start && compare(first, (int) pairs[j], (int) pair) > 0) {
                    pairs[j + 1] = pairs[j];
                    j--;
                }
                pairs[j + 1] = pair;
            }
        }

        private int compare(int first, int a, int b) {
            int c = OverlapMessage.compareAtRow(texts, first, a, b);
            return c != 0 ? c : Integer.compare(a, b);
        }

        /** Sorts {@code pairs[start..end)}, which share their first row, by whole messages. */
        private void sortByMessage(long[] pairs, int start, int end) {
            int count = end - start;
            if (count > messages.length) {
                messages = new OverlapMessage[Math.max(count, 2 * messages.length)];
            }
            for (int k = start; k < end; k++) {
                messages[k - start] = new OverlapMessage(texts, first(pairs[k]), (int) pairs[k]);
            }
            Arrays.sort(messages, 0, count, AT_ONE_ROW);
            for (int k = 0; k < count; k++) {
                pairs[start + k] = pack(messages[k].first(), messages[k].second());
                messages[k] = null;
            }
        }
    }

    /** The ordered pairs as the findings they stand for: the rule keeps a long per finding. */
    private static final class Found implements FindingRun.Columns {

        private final long[] pairs;
        private final int size;
        private final OverlapMessage.Texts texts;
        private final String hint;
        private final RowPointers pointers;

        Found(long[] pairs, int size, AssignmentTable table, OverlapMessage.Texts texts, String hint) {
            this.pairs = pairs;
            this.size = size;
            this.texts = texts;
            this.hint = hint;
            this.pointers = new RowPointers(table);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public JsonPointer location(int i) {
            return pointers.pointer(first(pairs[i]));
        }

        @Override
        public Supplier<String> message(int i) {
            return new OverlapMessage(texts, first(pairs[i]), (int) pairs[i]);
        }

        @Override
        public List<JsonPointer> related(int i) {
            return pointers.related((int) pairs[i]);
        }

        @Override
        public String hint(int i) {
            return hint;
        }
    }

    private static int first(long pair) {
        return (int) (pair >>> 32);
    }

    private static long pack(int first, int second) {
        return (long) first << 32 | second;
    }
}
