package org.interagency.agreements.assessment;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.Contact;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.TestAgreements;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladder of the communication principle, built from the criteria table of docs/assessment.md
 * (P3): each step adds what the next level's criteria ask and nothing else, and the expected
 * level is read from the table, not from the code.
 */
class RubricLevelsTest {

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
            .build();

    private static Party party(String id, String name, String jurisdiction, boolean contact) {
        return new Party(id, name, Jurisdiction.parse(jurisdiction), null, List.of(PartyRole.PARTICIPANT),
                contact ? List.of(new Contact("Duty Officer", "liaison", id + "@example.gov", null)) : List.of());
    }

    private static AgreementBuilder mou(boolean countyContact, boolean allContacts) {
        return TestAgreements.floodMou()
                .parties(List.of(party("county-oem", "Harris County OEM", "us/tx/harris-county", countyContact || allContacts),
                        party("state-dem", "Texas DEM", "us/tx", allContacts),
                        party("fema", "FEMA", "us", allContacts)));
    }

    private static CommunicationChannel channel(List<String> participants, Period cadence) {
        return new CommunicationChannel("ops-call", ChannelKind.MEETING, "Operations call", "county-oem", participants, cadence);
    }

    private static PrincipleAssessment communication(Agreement agreement) {
        return Rubric.builtIn().assess(agreement, VALIDATOR).of(Principle.COMMUNICATION);
    }

    @Test
    void noChannelAndNoContactIsAbsent() {
        assertThat(communication(mou(false, false).build()).level()).isEqualTo(DocumentedLevel.ABSENT);
    }

    @Test
    void oneContactIsStatedButNotSpecifiedWhileAPartyHasNone() {
        PrincipleAssessment p = communication(mou(true, false).build());
        assertThat(p.level()).isEqualTo(DocumentedLevel.STATED);
        assertThat(p.result("assess.p3.l2.contacts").status()).isEqualTo(CriterionStatus.NOT_MET);
        assertThat(p.result("assess.p3.l2.contacts").findings()).isNotEmpty()
                .allMatch(f -> f.ruleId().equals("comms.party-without-contact"));
    }

    @Test
    void contactsForAllAndAChannelThatMissesAPartyIsSpecified() {
        PrincipleAssessment p = communication(mou(false, true).channels(List.of(channel(List.of("state-dem"), null))).build());
        assertThat(p.level()).isEqualTo(DocumentedLevel.SPECIFIED);
        assertThat(p.nextStep()).startsWith("to reach 3 (joint)").contains("every party");
    }

    @Test
    void aChannelReachingEveryPartyWithoutCadenceIsJoint() {
        PrincipleAssessment p = communication(mou(false, true)
                .channels(List.of(channel(List.of("state-dem", "fema"), null))).build());
        assertThat(p.level()).isEqualTo(DocumentedLevel.JOINT);
        assertThat(p.result("assess.p3.l4.cadence").evidence()).containsExactly(JsonPointer.of("channels", 0, "cadence"));
    }

    @Test
    void aMonthlyChannelReachingEveryPartyIsSustained() {
        PrincipleAssessment p = communication(mou(false, true)
                .channels(List.of(channel(List.of("state-dem", "fema"), Period.ofMonths(1)))).build());
        assertThat(p.level()).isEqualTo(DocumentedLevel.SUSTAINED);
        assertThat(p.nextStep()).isNull();
        assertThat(p.evidence()).contains(JsonPointer.of("channels"), JsonPointer.of("channels", 0, "cadence"));
    }

    @Test
    void aCadenceLongerThanTheReviewCycleIsNotSustained() {
        PrincipleAssessment p = communication(mou(false, true)
                .channels(List.of(channel(List.of("state-dem", "fema"), Period.ofYears(2)))).build());
        assertThat(p.level()).isEqualTo(DocumentedLevel.JOINT);
    }

    @Test
    void aRuleThatDidNotRunLeavesItsCriterionUnknownAndCapsTheLevelBelowIt() {
        AgreementValidator without = AgreementValidator.builder().disable("comms.no-channel-reaches-all").build();
        Agreement agreement = mou(false, true).channels(List.of(channel(List.of("state-dem", "fema"), Period.ofMonths(1)))).build();
        PrincipleAssessment p = Rubric.builtIn().assess(agreement, without).of(Principle.COMMUNICATION);
        assertThat(p.result("assess.p3.l3.reaches-all").status()).isEqualTo(CriterionStatus.UNKNOWN);
        assertThat(p.level()).isEqualTo(DocumentedLevel.SPECIFIED);
    }

    @Test
    void anErrorFindingOfThePrinciplesRulesCapsItAtStated() {
        AgreementValidator strict = AgreementValidator.builder().addRule(new AlwaysError()).build();
        Agreement agreement = mou(false, true).channels(List.of(channel(List.of("state-dem", "fema"), Period.ofMonths(1)))).build();
        PrincipleAssessment p = Rubric.builtIn().assess(agreement, strict).of(Principle.COMMUNICATION);
        assertThat(p.level()).isEqualTo(DocumentedLevel.STATED);
        assertThat(p.cap()).contains("test.always-error");
        assertThat(p.nextStep()).contains("resolve the ERROR findings of test.always-error");
    }

    @Test
    void informationSharingDoesNotConcernAMemorandumWithoutProtocolsButDoesADataSharingAgreement() {
        CollaborationAssessment mou = Rubric.builtIn().assess(mou(false, true).build(), VALIDATOR);
        assertThat(mou.of(Principle.INFORMATION_SHARING).applicable()).isFalse();
        assertThat(mou.weakest()).noneMatch(p -> p.principle() == Principle.INFORMATION_SHARING);

        CollaborationAssessment dsa = Rubric.builtIn().assess(
                mou(false, true).kind(AgreementKind.DATA_SHARING_AGREEMENT).build(), VALIDATOR);
        assertThat(dsa.of(Principle.INFORMATION_SHARING).applicable()).isTrue();
        assertThat(dsa.level(Principle.INFORMATION_SHARING)).isEqualTo(DocumentedLevel.ABSENT);
    }

    @Test
    void theProfileHasTenPrinciplesAndSaysItAssessesDocumentsOnly() {
        CollaborationAssessment profile = Rubric.builtIn().assess(mou(false, false).build(), VALIDATOR);
        assertThat(profile.principles()).hasSize(10);
        assertThat(profile.asOf()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(CollaborationAssessment.SCOPE).contains("documents").contains("not how well");
    }

    /** A user's rule of the communication principle that always reports an ERROR. */
    static final class AlwaysError extends AbstractRule {
        AlwaysError() {
            super("test.always-error", Severity.ERROR, Principle.COMMUNICATION, "Always fails.");
        }

        @Override
        public void check(Agreement agreement, RuleContext context) {
            context.report(JsonPointer.of("channels"), "always", null);
        }
    }
}
