package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Classification;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.TermBuilder;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;

class DataRulesTest {

    private static final DataSet PUBLIC_STATISTICS =
            new DataSet("shelter-occupancy", "Shelter occupancy counts", Classification.PUBLIC, false);

    private static final DataSet CLASSIFIED_PLANS =
            new DataSet("levee-vulnerabilities", "Levee vulnerability assessments", Classification.CONFIDENTIAL, false);

    /** The baseline with its one protocol, shelter registrations (personal data), edited. */
    private static Agreement withProtocol(UnaryOperator<DataSharingProtocolBuilder> edit) {
        return derive().dataSharingProtocols(change(agreement().dataSharingProtocols(), 0,
                p -> edit.apply(DataSharingProtocolBuilder.builder(p)).build())).build();
    }

    /** {@code agreement} with a term that never expires. */
    private static Agreement openEnded(Agreement agreement) {
        return AgreementBuilder.builder(agreement).term(TermBuilder.builder(agreement.term()).expires(null).build())
                .build();
    }

    @Nested
    class ProtectedUnencrypted {

        private final ProtectedDataUnencryptedRule rule = new ProtectedDataUnencryptedRule();

        @Test
        void reportsPersonalDataSentWithoutEncryptionInTransit() {
            assertThat(check(rule, withProtocol(p -> p.encryptedInTransit(false)))).singleElement()
                    .satisfies(finding("data.protected-unencrypted", Severity.ERROR,
                            "/dataSharingProtocols/0/encryptedInTransit",
                            "protocol \"shelter-registrations\" shares personal data without encryption in transit"))
                    .satisfies(f -> assertThat(f.related())
                            .containsExactly(JsonPointer.parse("/dataSharingProtocols/0/dataSets/0")));
        }

        @Test
        void reportsClassifiedDataStoredWithoutEncryptionAtRest() {
            Agreement agreement = withProtocol(p -> p.dataSets(List.of(PUBLIC_STATISTICS, CLASSIFIED_PLANS))
                    .encryptedAtRest(false));

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("data.protected-unencrypted", Severity.ERROR,
                            "/dataSharingProtocols/0/encryptedAtRest", "shares confidential data without encryption"))
                    .satisfies(f -> assertThat(f.related())
                            .containsExactly(JsonPointer.parse("/dataSharingProtocols/0/dataSets/1")));
        }

        @Test
        void acceptsUnencryptedPublicData() {
            Agreement agreement = withProtocol(p -> p.dataSets(List.of(PUBLIC_STATISTICS))
                    .encryptedInTransit(false).encryptedAtRest(false));

            assertThat(check(rule, agreement)).isEmpty();
        }
    }

    @Nested
    class ProtectedWithoutLegalBasis {

        private final ProtectedDataWithoutLegalBasisRule rule = new ProtectedDataWithoutLegalBasisRule();

        @Test
        void reportsPersonalDataSharedWithoutLegalBasis() {
            assertThat(check(rule, withProtocol(p -> p.legalBasis(List.of())))).singleElement()
                    .satisfies(finding("data.protected-without-legal-basis", Severity.ERROR,
                            "/dataSharingProtocols/0/legalBasis", "shares personal data without a legal basis"));
        }

        @Test
        void acceptsPublicDataWithoutLegalBasis() {
            assertThat(check(rule, withProtocol(p -> p.dataSets(List.of(PUBLIC_STATISTICS)).legalBasis(List.of()))))
                    .isEmpty();
        }
    }

    @Nested
    class ProtectedWithoutRetention {

        private final ProtectedDataWithoutRetentionRule rule = new ProtectedDataWithoutRetentionRule();

        @Test
        void reportsPersonalDataKeptWithoutLimit() {
            assertThat(check(rule, withProtocol(p -> p.retention(null)))).singleElement()
                    .satisfies(finding("data.protected-without-retention", Severity.ERROR,
                            "/dataSharingProtocols/0/retention", "with no retention limit"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class ProtectedWithoutBreachWindow {

        private final ProtectedDataWithoutBreachWindowRule rule = new ProtectedDataWithoutBreachWindowRule();

        @Test
        void reportsPersonalDataSharedWithoutBreachWindow() {
            assertThat(check(rule, withProtocol(p -> p.breachNotificationWindow(null)))).singleElement()
                    .satisfies(finding("data.protected-without-breach-window", Severity.ERROR,
                            "/dataSharingProtocols/0/breachNotificationWindow", "with no breach notification window"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class RetentionWithoutDisposal {

        private final RetentionWithoutDisposalRule rule = new RetentionWithoutDisposalRule();

        @Test
        void reportsRetentionReachingPastTheTermWithoutDisposal() {
            // 2026-01-01 + P2Y = 2028-01-01, after the expiry on 2027-06-30.
            Agreement agreement = withProtocol(p -> p.retention(Period.ofYears(2)).disposal(null));

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("data.retention-without-disposal", Severity.WARNING,
                            "/dataSharingProtocols/0/disposal",
                            "may retain data until 2028-01-01, after the term expires on 2027-06-30"));
        }

        @Test
        void reportsUnlimitedRetentionWithoutDisposal() {
            assertThat(check(rule, withProtocol(p -> p.retention(null).disposal(null)))).singleElement()
                    .satisfies(finding("data.retention-without-disposal", Severity.WARNING,
                            "/dataSharingProtocols/0/disposal", "retains data without limit"));
        }

        @Test
        void reportsRetentionUnderAnOpenEndedTermWithoutDisposal() {
            Agreement agreement = openEnded(withProtocol(p -> p.disposal(null)));

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("data.retention-without-disposal", Severity.WARNING,
                            "/dataSharingProtocols/0/disposal", "under a term with no expiry"));
        }

        @Test
        void acceptsRetentionEndingWithinTheTermWithoutDisposal() {
            assertThat(check(rule, withProtocol(p -> p.retention(Period.ofYears(1)).disposal(null)))).isEmpty();
        }

        @Test
        void acceptsLongRetentionWithDisposal() {
            assertThat(check(rule, withProtocol(p -> p.retention(Period.ofYears(7))))).isEmpty();
        }
    }

    @Nested
    class PartyNotInAgreement {

        private final DataPartyNotInAgreementRule rule = new DataPartyNotInAgreementRule();

        @Test
        void reportsARecipientThatIsNotAParty() {
            assertThat(check(rule, withProtocol(p -> p.addRecipients("red-cross")))).singleElement()
                    .satisfies(finding("data.party-not-in-agreement", Severity.ERROR,
                            "/dataSharingProtocols/0/recipients/2", "recipient \"red-cross\" of protocol"));
        }

        @Test
        void reportsAProviderThatIsNotAParty() {
            assertThat(check(rule, withProtocol(p -> p.providerAgencyId("houston-isd")))).singleElement()
                    .satisfies(finding("data.party-not-in-agreement", Severity.ERROR,
                            "/dataSharingProtocols/0/providerAgencyId", "the provider \"houston-isd\""));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class NoRecipients {

        private final NoRecipientsRule rule = new NoRecipientsRule();

        @Test
        void reportsAProtocolWithoutRecipients() {
            assertThat(check(rule, withProtocol(p -> p.recipients(List.of())))).singleElement()
                    .satisfies(finding("data.no-recipients", Severity.ERROR, "/dataSharingProtocols/0/recipients",
                            "names no recipient"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class PersonalOnwardSharing {

        private final PersonalOnwardSharingRule rule = new PersonalOnwardSharingRule();

        @Test
        void reportsPersonalDataThatMayBeSharedOnwardFreely() {
            assertThat(check(rule, withProtocol(p -> p.onwardSharing(OnwardSharing.PERMITTED)))).singleElement()
                    .satisfies(finding("data.personal-onward-sharing", Severity.WARNING,
                            "/dataSharingProtocols/0/onwardSharing", "share personal data onward"));
        }

        @Test
        void acceptsFreeOnwardSharingOfDataThatIsNotPersonal() {
            Agreement agreement = withProtocol(p -> p.dataSets(List.of(PUBLIC_STATISTICS, CLASSIFIED_PLANS))
                    .onwardSharing(OnwardSharing.PERMITTED));

            assertThat(check(rule, agreement)).isEmpty();
        }
    }
}
