package org.interagency.agreements;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DateRangeTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

    @Test
    void bothEndsAreInclusive() {
        DateRange january = DateRange.of(JAN_1, JAN_31);

        assertThat(january.contains(JAN_1)).isTrue();
        assertThat(january.contains(JAN_31)).isTrue();
        assertThat(january.contains(FEB_1)).isFalse();
    }

    @Test
    void rangesThatShareOnlyTheirLastAndFirstDayIntersectOnThatDay() {
        DateRange january = DateRange.of(JAN_1, JAN_31);
        DateRange fromJan31 = DateRange.from(JAN_31);

        assertThat(january.intersection(fromJan31)).contains(DateRange.of(JAN_31, JAN_31));
    }

    @Test
    void consecutiveRangesDoNotIntersect() {
        assertThat(DateRange.of(JAN_1, JAN_31).intersects(DateRange.from(FEB_1))).isFalse();
    }

    @Test
    void openEndedRangesRunForever() {
        assertThat(DateRange.from(JAN_1).contains(LocalDate.of(2999, 12, 31))).isTrue();
        assertThat(DateRange.from(JAN_1).intersection(DateRange.from(FEB_1))).contains(DateRange.from(FEB_1));
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateRange.of(FEB_1, JAN_31))
                .withMessage("date range ends (2026-01-31) before it starts (2026-02-01)");
    }

    @Test
    void printsAsStartDotDotEnd() {
        assertThat(DateRange.of(JAN_1, JAN_31)).hasToString("2026-01-01..2026-01-31");
        assertThat(DateRange.from(JAN_1)).hasToString("2026-01-01..");
    }
}
