package org.interagency.agreements.core;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator's "today" is the clock's date, in every zone, on either side of midnight. */
class TodayProperties {

    @Property(tries = 2000)
    void todayIsTheClocksDate(@ForAll("instants") Instant instant, @ForAll("zones") ZoneId zone) {
        Clock clock = Clock.fixed(instant, zone);

        assertThat(AgreementValidator.today(clock)).isEqualTo(LocalDate.now(clock));
    }

    @Provide
    Arbitrary<Instant> instants() {
        // From 1900 to 2200, with a quarter of them within a minute of some midnight UTC.
        Arbitrary<Long> anySecond = Arbitraries.longs().between(-2_208_988_800L, 7_258_118_400L);
        Arbitrary<Long> nearMidnight = Arbitraries.longs().between(-25_567L, 84_006L)
                .flatMap(day -> Arbitraries.longs().between(-60, 60).map(offset -> day * 86_400 + offset));
        return Arbitraries.frequencyOf(
                Tuple.of(3, anySecond), Tuple.of(1, nearMidnight))
                .map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        Arbitrary<ZoneId> offsets = Arbitraries.integers().between(-18 * 3600, 18 * 3600)
                .map(ZoneOffset::ofTotalSeconds);
        Arbitrary<ZoneId> regions = Arbitraries.of("Pacific/Kiritimati", "America/Chicago", "Europe/Dublin",
                "Australia/Lord_Howe", "Asia/Kathmandu").map(ZoneId::of);
        return Arbitraries.oneOf(offsets, regions, Arbitraries.just(ZoneOffset.UTC));
    }
}
