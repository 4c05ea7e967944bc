package org.interagency.agreements.core.internal.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/** Date arithmetic that cannot throw on the extreme periods an unchecked agreement may hold. */
final class Dates {

    private Dates() {
    }

    /**
     * {@code date} plus {@code period}, or {@link LocalDate#MAX} ({@link LocalDate#MIN} for a
     * negative period) where the result lies beyond the range of dates.
     */
    static LocalDate plus(LocalDate date, Period period) {
        try {
            return date.plus(period);
        } catch (DateTimeException | ArithmeticException beyondRange) {
            return period.isNegative() ? LocalDate.MIN : LocalDate.MAX;
        }
    }

    /**
     * The length of {@code period} in approximate days: 365 a year, 30 a month, so that periods
     * written in different units compare ({@code P1M} is 30 days, {@code P5W} 35).
     */
    static long approximateDays(Period period) {
        return period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
    }
}
