package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.GovernanceBodyBuilder;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.COUNTY;
import static org.interagency.agreements.core.internal.rules.Baseline.FEMA;
import static org.interagency.agreements.core.internal.rules.Baseline.STATE;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;

class GovernanceRulesTest {

    /** The baseline with its second body, the operations working group (tx-dem, harris-ohsem), edited. */
    private static Agreement withWorkingGroup(UnaryOperator<GovernanceBodyBuilder> edit) {
        UnaryOperator<GovernanceBody> body = b -> edit.apply(GovernanceBodyBuilder.builder(b)).build();
        return derive().governanceBodies(change(agreement().governanceBodies(), 1, body)).build();
    }

    @Nested
    class NoBody {

        private final NoGovernanceBodyRule rule = new NoGovernanceBodyRule();

        @Test
        void reportsAnAgreementWithoutGovernanceBody() {
            assertThat(check(rule, derive().governanceBodies(List.of()).build())).singleElement()
                    .satisfies(finding("governance.no-body", Severity.WARNING, "/governanceBodies",
                            "sets up no governance body"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class QuorumExceedsMembers {

        private final QuorumExceedsMembersRule rule = new QuorumExceedsMembersRule();

        @Test
        void reportsAQuorumLargerThanTheDistinctMembers() {
            Agreement agreement = withWorkingGroup(b -> b.members(List.of(STATE, COUNTY, STATE)).quorum(3));

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("governance.quorum-exceeds-members", Severity.ERROR,
                            "/governanceBodies/1/quorum", "needs a quorum of 3 but has 2 members"));
        }

        @Test
        void acceptsAQuorumOfEveryMember() {
            assertThat(check(rule, withWorkingGroup(b -> b.quorum(2)))).isEmpty();
        }
    }

    @Nested
    class ChairNotMember {

        private final ChairNotMemberRule rule = new ChairNotMemberRule();

        @Test
        void reportsAChairFromOutsideTheBody() {
            assertThat(check(rule, withWorkingGroup(b -> b.chairAgencyId(FEMA)))).singleElement()
                    .satisfies(finding("governance.chair-not-member", Severity.ERROR,
                            "/governanceBodies/1/chairAgencyId",
                            "the chair \"fema\" of governance body \"operations-working-group\" is not one of its"));
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }

    @Nested
    class PartyOutsideBodies {

        private final PartyOutsideBodiesRule rule = new PartyOutsideBodiesRule();

        @Test
        void reportsAPartyInNoBody() {
            Agreement agreement = derive().governanceBodies(agreement().governanceBodies().subList(1, 2)).build();

            assertThat(check(rule, agreement)).singleElement()
                    .satisfies(finding("governance.party-outside-bodies", Severity.WARNING, "/parties/0",
                            "party \"fema\" is a member of no governance body"));
        }

        @Test
        void doesNotCountChairingAsMembership() {
            Agreement agreement = derive().governanceBodies(List.of(GovernanceBodyBuilder
                    .builder(agreement().governanceBodies().get(1)).chairAgencyId(FEMA).build())).build();

            assertThat(check(rule, agreement)).hasSize(1);
        }

        @Test
        void saysNothingWhenThereAreNoBodies() {
            assertThat(check(rule, derive().governanceBodies(List.of()).build())).isEmpty();
        }

        @Test
        void acceptsTheBaseline() {
            assertThat(check(rule, agreement())).isEmpty();
        }
    }
}
