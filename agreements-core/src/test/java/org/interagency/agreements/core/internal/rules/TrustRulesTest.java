package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.TrustMeasureBuilder;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.COUNTY;
import static org.interagency.agreements.core.internal.rules.Baseline.FEMA;
import static org.interagency.agreements.core.internal.rules.Baseline.STATE;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;

class TrustRulesTest {

    private static Agreement withParticipants(String... participants) {
        return derive().trustMeasures(change(agreement().trustMeasures(), 0,
                m -> TrustMeasureBuilder.builder(m).participants(List.of(participants)).build())).build();
    }

    @Nested
    class NoMeasures {

        private final NoTrustMeasuresRule rule = new NoTrustMeasuresRule();

        @Test
        void reportsAnAgreementWithoutTrustMeasures() {
            assertThat(check(rule, derive().trustMeasures(List.of()).build())).singleElement()
                    .satisfies(finding("trust.no-measures", Severity.WARNING, "/trustMeasures",
                            "plans no trust-building measure"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class SingleAgency {

        private final SingleAgencyTrustMeasureRule rule = new SingleAgencyTrustMeasureRule();

        @Test
        void reportsAMeasureWhoseParticipantsAreOneAgencyTwice() {
            assertThat(check(rule, withParticipants(STATE, STATE))).singleElement()
                    .satisfies(finding("trust.single-agency", Severity.WARNING, "/trustMeasures/0/participants",
                            "involves 1 agency"));
        }

        @Test
        void acceptsTwoAgencies() {
            assertThat(check(rule, withParticipants(STATE, COUNTY))).isEmpty();
        }
    }

    @Nested
    class PartyExcluded {

        private final PartyExcludedFromTrustRule rule = new PartyExcludedFromTrustRule();

        @Test
        void reportsAPartyInNoMeasureAsInformation() {
            assertThat(check(rule, withParticipants(STATE, COUNTY))).singleElement()
                    .satisfies(finding("trust.party-excluded", Severity.INFO, "/parties/0",
                            "party \"fema\" takes part in no trust-building measure"));
        }

        @Test
        void saysNothingWhenNoMeasureIsPlanned() {
            assertThat(check(rule, derive().trustMeasures(List.of()).build())).isEmpty();
        }

        @Test
        void acceptsEveryPartyTakingPart() {
            assertThat(check(rule, withParticipants(COUNTY, FEMA, STATE))).isEmpty();
        }
    }
}
