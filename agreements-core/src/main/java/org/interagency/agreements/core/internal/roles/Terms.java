package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Term;

import java.time.LocalDate;

/**
 * Days as epoch-day numbers, and how the roles rules read an agreement's term.
 *
 * <p>An assignment without a period applies for the whole term: from the effective date through
 * the expiry date, or with no last day if the term has no expiry. A term that expires before it
 * takes effect is reported by Bean Validation; the roles rules then read it as open-ended from
 * its effective date, so that they still compare assignments sensibly.
 */
final class Terms {

    /** The "day" after every day: the end of an open-ended range. */
    static final long OPEN = Long.MAX_VALUE;

    private Terms() {
    }

    /** The term as {@code {first day, last day or OPEN}}. */
    static long[] range(Agreement agreement) {
        Term term = agreement.term();
        long first = term.effective().toEpochDay();
        long last = term.isChronological() && term.expires() != null ? term.expires().toEpochDay() : OPEN;
        return new long[] {first, last};
    }

    /** The last day of {@code range}, or {@link #OPEN}. */
    static long endDay(DateRange range) {
        return range.end() == null ? OPEN : range.end().toEpochDay();
    }

    /** "from 2026-01-01 to 2026-12-31", "on 2026-03-01" or "from 2026-01-01 on". */
    static String days(long first, long last) {
        String from = LocalDate.ofEpochDay(first).toString();
        if (last == OPEN) {
            return "from " + from + " on";
        }
        if (last == first) {
            return "on " + from;
        }
        return "from " + from + " to " + LocalDate.ofEpochDay(last);
    }
}
