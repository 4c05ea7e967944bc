package org.interagency.agreements.rules.internal;

import org.apiguardian.api.API;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The findings of one check as the engine collects them: single findings in any order, and runs
 * of findings already in {@link Finding#ORDER}, whose findings may be made only when read. A
 * {@link Report} made of such a list orders it with {@link #inReportOrder()}, which sorts the
 * single findings and merges the runs without reading more of a run than the places where other
 * findings fall between its own.
 *
 * <p>Why: one rule may report millions of findings (every overlapping pair of assignments of a
 * large agreement), which it can produce in report order and keep as a few numbers each until
 * they are read. Sorting them with the others made every one of them, compared them, and kept
 * them all alive across the garbage collector's young collections: at 2·10⁵ assignments with
 * 1.9·10⁶ conflicts those collections were most of the check's time.
 *
 * <p>Grows while one thread checks; not thread-safe until ordered. The ordered list is
 * immutable.
 */
@API(status = INTERNAL, since = "0.1")
public final class CheckFindings extends AbstractList<Finding> implements RandomAccess {

    // Parts in the order added: each a Finding, or a List<Finding> in report order.
    private final List<Object> parts = new ArrayList<>();
    // ends[p] is the number of findings in parts 0 to p.
    private int[] ends = new int[16];
    private int size;

    /** An empty list. */
    public CheckFindings() {
    }

    @Override
    public boolean add(Finding finding) {
        addPart(Objects.requireNonNull(finding, "finding"), 1);
        return true;
    }

    /**
     * Adds findings that are already in {@link Finding#ORDER}, as one part.
     *
     * @param run an immutable, random-access list in report order; its findings may be made when
     *     first read, but each read of one index gives an equal finding
     */
    public void addInOrder(List<Finding> run) {
        if (!run.isEmpty()) {
            addPart(run, run.size());
        }
    }

    private void addPart(Object part, int count) {
        if (parts.size() == ends.length) {
            ends = Arrays.copyOf(ends, 2 * ends.length);
        }
        size += count;
        ends[parts.size()] = size;
        parts.add(part);
    }

    /**
     * Drops every finding from {@code newSize} on: those of a rule that failed, which were the
     * last added.
     *
     * @param newSize the number of findings kept; an end of a part
     * @throws IllegalArgumentException if a part would be cut
     */
    public void truncate(int newSize) {
        while (size > newSize) {
            int last = parts.size() - 1;
            int before = last == 0 ? 0 : ends[last - 1];
            if (before < newSize) {
                throw new IllegalArgumentException("a run of findings is kept or dropped as a whole");
            }
            parts.remove(last);
            size = before;
        }
    }

    @Override
    public Finding get(int index) {
        Objects.checkIndex(index, size);
        int p = part(ends, parts.size(), index);
        Object part = parts.get(p);
        if (part instanceof Finding finding) {
            return finding;
        }
        @SuppressWarnings("unchecked")
        List<Finding> run = (List<Finding>) part;
        return run.get(index - (p == 0 ? 0 : ends[p - 1]));
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * {@return these findings in {@link Finding#ORDER}, as an immutable list} The single findings
     * are sorted (stably); each run is merged in, taking from it whole stretches between two
     * findings of the others, found by galloping, so that a run which the others do not interleave
     * costs O(log n) comparisons rather than n.
     */
    public List<Finding> inReportOrder() {
        List<Finding> singles = new ArrayList<>();
        List<List<Finding>> runs = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Finding finding) {
                singles.add(finding);
            } else {
                @SuppressWarnings("unchecked")
                List<Finding> run = (List<Finding>) part;
                runs.add(run);
            }
        }
        Finding[] sorted = singles.toArray(new Finding[0]);
        Arrays.sort(sorted);
        List<Finding> merged = List.of(sorted);
        for (List<Finding> run : runs) {
            merged = Merge.of(merged, run);
        }
        return merged;
    }

    /** The part that holds {@code index}: the first p with {@code index < ends[p]}. */
    static int part(int[] ends, int count, int index) {
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= index) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
