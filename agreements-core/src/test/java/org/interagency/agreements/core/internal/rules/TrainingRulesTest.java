package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.TrainingProgrammeBuilder;
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

class TrainingRulesTest {

    /** The baseline with the audience of its first programme (shelter data handling, by the county) replaced. */
    private static Agreement withDataHandlingAudience(String... audience) {
        return derive().trainingProgrammes(change(agreement().trainingProgrammes(), 0,
                t -> TrainingProgrammeBuilder.builder(t).audience(List.of(audience)).build())).build();
    }

    @Nested
    class None {

        private final NoTrainingRule rule = new NoTrainingRule();

        @Test
        void reportsAnAgreementWithoutTraining() {
            assertThat(check(rule, derive().trainingProgrammes(List.of()).build())).singleElement()
                    .satisfies(finding("training.none", Severity.WARNING, "/trainingProgrammes",
                            "plans no training programme"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class SingleAgency {

        private final SingleAgencyTrainingRule rule = new SingleAgencyTrainingRule();

        @Test
        void reportsAProviderTrainingOnlyItself() {
            assertThat(check(rule, withDataHandlingAudience(COUNTY))).singleElement()
                    .satisfies(finding("training.single-agency", Severity.WARNING, "/trainingProgrammes/0/audience",
                            "involves only agency \"harris-ohsem\""));
        }

        @Test
        void acceptsAProviderAndOneOtherAgency() {
            assertThat(check(rule, withDataHandlingAudience(STATE))).isEmpty();
        }
    }

    @Nested
    class PartyUntrainedOnProtocol {

        private final PartyUntrainedOnProtocolRule rule = new PartyUntrainedOnProtocolRule();

        @Test
        void reportsARecipientNoProgrammeOnTheProtocolIncludes() {
            assertThat(check(rule, withDataHandlingAudience(STATE))).singleElement()
                    .satisfies(finding("training.party-untrained-on-protocol", Severity.WARNING,
                            "/dataSharingProtocols/0/recipients/1",
                            "party \"fema\" receives data under protocol \"shelter-registrations\""));
        }

        @Test
        void reportsAProviderNoProgrammeOnTheProtocolIncludes() {
            Agreement agreement = derive().dataSharingProtocols(change(agreement().dataSharingProtocols(), 0,
                    p -> DataSharingProtocolBuilder.builder(p).providerAgencyId(FEMA).recipients(List.of(STATE))
                            .build()))
                    .trainingProgrammes(change(agreement().trainingProgrammes(), 0,
                            t -> TrainingProgrammeBuilder.builder(t).providerAgencyId(STATE).audience(List.of(COUNTY))
                                    .build()))
                    .build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("training.party-untrained-on-protocol", Severity.WARNING,
                            "/dataSharingProtocols/0/providerAgencyId", "party \"fema\" provides data"));
        }

        @Test
        void doesNotCountTrainingOnAnotherProtocol() {
            Agreement agreement = derive().trainingProgrammes(change(agreement().trainingProgrammes(), 0,
                    t -> TrainingProgrammeBuilder.builder(t).protocols(List.of()).build())).build();

            assertThat(check(rule, agreement)).hasSize(3);
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }
}
