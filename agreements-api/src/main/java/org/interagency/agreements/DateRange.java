package org.interagency.agreements;

import org.apiguardian.api.API;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A stretch of calendar days, such as the period in which an assignment applies.
 *
 * <p><strong>Both ends are inclusive</strong>, as agreements write them: "from 1 July 2026
 * through 30 June 2027" is {@code DateRange.of(2026-07-01, 2027-06-30)}, and it contains both
 * days. A range whose {@link #end()} is absent is open-ended: it runs from its start with no last
 * day. A range of one day has {@code start == end}.
 *
 * <p>Named {@code DateRange}, not {@code Period}, so that it does not clash with
 * {@link java.time.Period}, which the model uses for durations such as a review cycle of
 * {@code P1Y}.
 *
 * @param start the first day of the range
 * @param end the last day of the range, inclusive; {@code null} when open-ended
 */
@API(status = STABLE, since = "0.1")
public record DateRange(LocalDate start, @Nullable LocalDate end) {

    /**
     * Checks the range.
     *
     * @param start the first day of the range
     * @param end the last day of the range, inclusive; {@code null} when open-ended
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * {@return the days from {@code start} through {@code end}, both inclusive}
     *
     * @param start the first day of the range
     * @param end the last day of the range, not before {@code start}
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, Objects.requireNonNull(end, "end"));
    }

    /**
     * {@return the open-ended range that begins on {@code start}}
     *
     * @param start the first day of the range
     */
    public static DateRange from(LocalDate start) {
        return new DateRange(start, null);
    }

    /**
     * {@return whether the range has no last day}
     */
    public boolean isOpenEnded() {
        return end == null;
    }

    /**
     * {@return whether {@code day} falls within the range}
     *
     * @param day the day asked about
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /**
     * {@return whether every day of {@code other} falls within this range}
     *
     * @param other another range
     */
    public boolean contains(DateRange other) {
        return !other.start.isBefore(start)
                && (end == null || other.end != null && !other.end.isAfter(end));
    }

    /**
     * {@return whether the two ranges share at least one day} Symmetric.
     *
     * @param other another range
     */
    public boolean intersects(DateRange other) {
        return (end == null || !other.start.isAfter(end)) && (other.end == null || !start.isAfter(other.end));
    }

    /**
     * {@return the days the two ranges share, or empty when they share none} Commutative.
     *
     * @param other another range
     */
    public Optional<DateRange> intersection(DateRange other) {
        if (!intersects(other)) {
            return Optional.empty();
        }
        LocalDate laterStart = start.isAfter(other.start) ? start : other.start;
        LocalDate earlierEnd;
        if (end == null) {
            earlierEnd = other.end;
        } else if (other.end == null) {
            earlierEnd = end;
        } else {
            earlierEnd = end.isBefore(other.end) ? end : other.end;
        }
        return Optional.of(new DateRange(laterStart, earlierEnd));
    }

    /** The written form: {@code 2026-07-01..2027-06-30}, or {@code 2026-07-01..} when open-ended. */
    @Override
    public String toString() {
        return start + ".." + (end == null ? "" : end.toString());
    }
}
