package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Responsibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The responsibilities of a portfolio split into parts by the top-level segment of their scope,
 * for {@link PortfolioOverlaps} to check part by part: two scopes overlap only when one is the
 * other or an ancestor of it, so they share their first segment (a scope has at least one), and
 * no overlapping pair is split between two parts.
 *
 * <p>Each segment goes whole to one part; the parts are filled largest segment first, each to
 * the part with the fewest assignments so far (ties: the lower part, then the segment first in
 * order of text), so that the parts weigh about the same and the split is the same on every run.
 * Parts come largest first, so that the threads that take them in order finish together.
 */
final class SubtreeSplit {

    /** {@code partOf[i][r]}: the part of responsibility r of agreement i. */
    private final int[][] partOf;
    private final int parts;
    /** {@code assignments[p]}: the number of assignments, of every role, in part p's responsibilities. */
    private final long[] assignments;
    /** {@code responsibilities[p]}: the number of part p's responsibilities. */
    private final long[] responsibilities;

    private SubtreeSplit(int[][] partOf, int parts, long[] assignments, long[] responsibilities) {
        this.partOf = partOf;
        this.parts = parts;
        this.assignments = assignments;
        this.responsibilities = responsibilities;
    }

    /** The split of {@code agreements} into at most {@code most} parts, and fewer if they have fewer top-level segments. */
    static SubtreeSplit of(List<Agreement> agreements, int most) {
        Map<String, Integer> numbers = new HashMap<>();
        List<String> segments = new ArrayList<>();
        // Per segment: its assignments (of every role), then its responsibilities.
        List<long[]> weights = new ArrayList<>();
        int[][] segmentOf = new int[agreements.size()][];
        for (int i = 0; i < agreements.size(); i++) {
            List<Responsibility> responsibilities = agreements.get(i).responsibilities();
            int[] segment = new int[responsibilities.size()];
            for (int r = 0; r < segment.length; r++) {
                Responsibility responsibility = responsibilities.get(r);
                String top = responsibility.scope().segments().get(0);
                Integer number = numbers.get(top);
                if (number == null) {
                    number = segments.size();
                    numbers.put(top, number);
                    segments.add(top);
                    weights.add(new long[2]);
                }
                segment[r] = number;
                weights.get(number)[0] += responsibility.assignments().size();
                weights.get(number)[1]++;
            }
            segmentOf[i] = segment;
        }
        int parts = Math.max(1, Math.min(most, segments.size()));
        int[] partOfSegment = pack(segments, weights, parts);
        for (int[] segment : segmentOf) {
            for (int r = 0; r < segment.length; r++) {
                segment[r] = partOfSegment[segment[r]];
            }
        }
        long[] assignments = new long[parts];
        long[] responsibilities = new long[parts];
        for (int s = 0; s < segments.size(); s++) {
            assignments[partOfSegment[s]] += weights.get(s)[0];
            responsibilities[partOfSegment[s]] += weights.get(s)[1];
        }
        return new SubtreeSplit(segmentOf, parts, assignments, responsibilities);
    }

    /** Each segment's part, parts numbered heaviest first. */
    private static int[] pack(List<String> segments, List<long[]> weights, int parts) {
        Integer[] heaviestFirst = new Integer[segments.size()];
        Arrays.setAll(heaviestFirst, s -> s);
        Arrays.sort(heaviestFirst, Comparator.<Integer>comparingLong(s -> -weights.get(s)[0]).thenComparing(segments::get));
        long[] load = new long[parts];
        int[] part = new int[segments.size()];
        for (int s : heaviestFirst) {
            int lightest = 0;
            for (int p = 1; p < parts; p++) {
                if (load[p] < load[lightest]) {
                    lightest = p;
                }
            }
            part[s] = lightest;
            load[lightest] += weights.get(s)[0];
        }
        Integer[] byLoad = new Integer[parts];
        Arrays.setAll(byLoad, p -> p);
        Arrays.sort(byLoad, Comparator.<Integer>comparingLong(p -> -load[p]).thenComparingInt(p -> p));
        int[] renumbered = new int[parts];
        for (int k = 0; k < parts; k++) {
            renumbered[byLoad[k]] = k;
        }
        for (int s = 0; s < part.length; s++) {
            part[s] = renumbered[part[s]];
        }
        return part;
    }

    /** The number of parts, at least 1. */
    int parts() {
        return parts;
    }

    /** The number of assignments, of every role, in the responsibilities of part {@code part}. */
    long assignments(int part) {
        return assignments[part];
    }

    /** The number of responsibilities in part {@code part}. */
    long responsibilities(int part) {
        return responsibilities[part];
    }

    /** Whether agreement {@code agreement} has a responsibility in part {@code part}. */
    boolean has(int agreement, int part) {
        for (int p : partOf[agreement]) {
            if (p == part) {
                return true;
            }
        }
        return false;
    }

    /** The part of responsibility {@code responsibility} of agreement {@code agreement}. */
    int part(int agreement, int responsibility) {
        return partOf[agreement][responsibility];
    }
}
