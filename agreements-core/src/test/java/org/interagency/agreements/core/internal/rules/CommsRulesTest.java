package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.CommunicationChannelBuilder;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.FEMA;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;

class CommsRulesTest {

    @Nested
    class PartyWithoutContact {

        private final PartyWithoutContactRule rule = new PartyWithoutContactRule();

        @Test
        void reportsAPartyWithoutContact() {
            Agreement agreement = derive().parties(change(agreement().parties(), 1,
                    p -> PartyBuilder.builder(p).contacts(List.of()).build())).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("comms.party-without-contact", Severity.WARNING, "/parties/1/contacts",
                            "party \"tx-dem\" names no point of contact"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class NoChannelReachesAll {

        private final NoChannelReachesAllRule rule = new NoChannelReachesAllRule();

        @Test
        void reportsChannelsThatEachMissAParty() {
            Agreement agreement = derive().channels(change(agreement().channels(), 0,
                    c -> CommunicationChannelBuilder.builder(c).participants(List.of(FEMA)).build())).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("comms.no-channel-reaches-all", Severity.WARNING, "/channels",
                            "no communication channel reaches every party"));
        }

        @Test
        void reportsAnAgreementWithoutChannels() {
            assertThat(check(rule, derive().channels(List.of()).build())).singleElement()
                    .satisfies(finding("comms.no-channel-reaches-all", Severity.WARNING, "/channels",
                            "sets up no communication channel"));
        }

        @Test
        void countsTheOwnerAsReached() {
            assertThat(agreement().channels().get(0).participants()).doesNotContain(agreement().channels().get(0)
                    .ownerAgencyId());
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class CadenceExceedsReviewCycle {

        private final CadenceExceedsReviewCycleRule rule = new CadenceExceedsReviewCycleRule();

        private Agreement withCadence(Period cadence) {
            return derive().channels(change(agreement().channels(), 0,
                    c -> CommunicationChannelBuilder.builder(c).cadence(cadence).build())).build();
        }

        @Test
        void reportsAChannelMeetingLessOftenThanTheReviewCycle() {
            assertThat(check(rule, withCadence(Period.ofDays(181)))).singleElement()
                    .satisfies(finding("comms.cadence-exceeds-review-cycle", Severity.WARNING, "/channels/0/cadence",
                            "channel \"weekly-operations-call\" meets every P181D"))
                    .satisfies(f -> assertThat(f.related()).containsExactly(JsonPointer.parse("/term/reviewCycle")));
        }

        @Test
        void comparesPeriodsInApproximateDaysAcrossUnits() {
            // The review cycle P6M is 180 approximate days; P26W is 182.
            assertThat(check(rule, withCadence(Period.ofWeeks(26)))).hasSize(1);
        }

        @Test
        void acceptsACadenceEqualToTheReviewCycle() {
            assertThat(check(rule, withCadence(Period.ofDays(180)))).isEmpty();
        }
    }
}
