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

    /**
     * The order of {@code days(firstA, lastA)} and {@code days(firstB, lastB)} as texts, by sign,
     * without writing them; {@link OverlapMessage#UNDECIDED} for a day outside the years 0 to
     * 9999, whose text ISO 8601 writes with a sign. Within those years a date's text is ten
     * characters that sort as the days do; "from" comes before "on", and " on" before " to".
     */
    static int compareDays(long firstA, long lastA, long firstB, long lastB) {
        if (firstA == firstB && lastA == lastB) {
            return 0;
        }
        if (!written(firstA) || !written(firstB) || lastA != OPEN && !written(lastA) || lastB != OPEN && !written(lastB)) {
            return OverlapMessage.UNDECIDED;
        }
        boolean onA = lastA == firstA;
        boolean onB = lastB == firstB;
        if (onA != onB) {
            return onA ? 1 : -1;
        }
        if (firstA != firstB || onA) {
            return Long.compare(firstA, firstB);
        }
        if ((lastA == OPEN) != (lastB == OPEN)) {
            return lastA == OPEN ? -1 : 1;
        }
        return Long.compare(lastA, lastB);
    }

    // The epoch days of 0000-01-01 and 9999-12-31.
    private static final long FIRST_WRITTEN = -719_528;
    private static final long LAST_WRITTEN = 2_932_896;

    private static boolean written(long day) {
        return day >= FIRST_WRITTEN && day <= LAST_WRITTEN;
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
