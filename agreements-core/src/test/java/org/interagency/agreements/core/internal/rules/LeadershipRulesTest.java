package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;

class LeadershipRulesTest {

    @Nested
    class PartyWithoutSponsor {

        private final PartyWithoutSponsorRule rule = new PartyWithoutSponsorRule();

        @Test
        void reportsAPartyWithoutSponsor() {
            Agreement agreement = derive().sponsors(agreement().sponsors().subList(0, 2)).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("leadership.party-without-sponsor", Severity.WARNING, "/parties/2",
                            "party \"harris-ohsem\" names no executive sponsor"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class InForceUnsigned {

        private final InForceUnsignedRule rule = new InForceUnsignedRule();

        @Test
        void reportsAPartyThatHasNotSignedAnAgreementInForce() {
            Agreement agreement = derive().signatories(agreement().signatories().subList(1, 3)).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("leadership.in-force-unsigned", Severity.ERROR, "/parties/0",
                            "in force but party \"fema\" has not signed it"))
                    .satisfies(f -> assertThat(f.related()).containsExactly(JsonPointer.parse("/status")));
        }

        @Test
        void acceptsAnUnsignedProposal() {
            Agreement agreement = derive().status(AgreementStatus.PROPOSED).signatories(List.of()).build();

            assertThat(check(rule, agreement)).isEmpty();
        }
    }

    @Nested
    class NoResources {

        private final NoResourcesRule rule = new NoResourcesRule();

        @Test
        void reportsAnAgreementWithoutResourceCommitments() {
            assertThat(check(rule, derive().resourceCommitments(List.of()).build())).singleElement()
                    .satisfies(finding("leadership.no-resources", Severity.WARNING, "/resourceCommitments",
                            "no party commits any resource"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }
}
