package org.interagency.agreements.packs.internal;

import org.apiguardian.api.API;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Date arithmetic that cannot throw on the extreme dates an unchecked agreement may hold. */
@API(status = INTERNAL, since = "0.1")
public final class Dates {

    private Dates() {
    }

    /**
     * {@code date} plus {@code period}, or {@link LocalDate#MAX} ({@link LocalDate#MIN} for a
     * negative period) where the result lies beyond the range of dates.
     */
    public static LocalDate plus(LocalDate date, Period period) {
        try {
            return date.plus(period);
        } catch (DateTimeException | ArithmeticException beyondRange) {
            return period.isNegative() ? LocalDate.MIN : LocalDate.MAX;
        }
    }

    /**
     * The last day of a period of {@code length} that starts on (and includes) {@code first}: a
     * range of dates includes its last day, so 18 months from 2026-07-01 end on 2027-12-31, and
     * 2028-01-01 is a day too many. {@link LocalDate#MAX} where that lies beyond the range of dates.
     */
    public static LocalDate lastDayOf(LocalDate first, Period length) {
        LocalDate next = plus(first, length);
        return next.equals(LocalDate.MAX) || next.equals(LocalDate.MIN) ? next : next.minusDays(1);
    }
}
