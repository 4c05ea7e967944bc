package org.interagency.agreements.robustness.eager;

import org.interagency.agreements.DateRange;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far a set of date ranges covers an agreement's term from its first day without a gap: the
 * resource commitments' periods, or one party's sponsors'. A missing range stands for the whole
 * term.
 *
 * @param coveredTo the last day covered from the term's start without a gap (the day before the
 *     start if none is); meaningless when {@code open}
 * @param open whether the coverage runs on without end
 * @param termEnd the term's last day, or {@code null} if it has none
 */
record Coverage(LocalDate coveredTo, boolean open, @Nullable LocalDate termEnd) {

    static Coverage of(LocalDate start, @Nullable LocalDate end, List<@Nullable DateRange> ranges) {
        List<DateRange> sorted = new ArrayList<>();
        for (DateRange range : ranges) {
            sorted.add(range == null ? new DateRange(start, end) : range);
        }
        // Sweep the ranges by start date: coverage runs from the term's start while each next
        // range starts no later than the day after the covered stretch ends.
        sorted.sort(Comparator.comparing(DateRange::start));
        LocalDate coveredTo = start.minusDays(1);
        for (DateRange range : sorted) {
            if (range.start().isAfter(coveredTo.plusDays(1))) {
                break;
            }
            if (range.end() == null) {
                return new Coverage(coveredTo, true, end);
            }
            if (range.end().isAfter(coveredTo)) {
                coveredTo = range.end();
            }
        }
        return new Coverage(coveredTo, false, end);
    }

    /** Whether the whole term is covered. */
    boolean whole() {
        return open || (termEnd != null && !coveredTo.isBefore(termEnd));
    }

    /** The term's end as the explanations say it. */
    String termEndText() {
        return termEnd == null ? "without end" : "to " + termEnd;
    }
}
