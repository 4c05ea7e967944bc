package org.interagency.agreements.constraints;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.interagency.agreements.Classification;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.DecisionRule;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.Goal;
import org.interagency.agreements.GoalBuilder;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.GovernanceBodyBuilder;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Measure;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.Term;
import org.interagency.agreements.TransferMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A valid and an invalid example for each custom constraint, with the violation's property path. */
class ConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void bootstrap() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static <T> List<String> paths(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
    }

    private static <T> List<String> messages(T value) {
        return validator.validate(value).stream().map(ConstraintViolation::getMessage).toList();
    }

    private static Party party(String agencyId) {
        return PartyBuilder.builder()
                .agencyId(agencyId)
                .name("Harris County Office of Emergency Management")
                .jurisdiction(Jurisdiction.parse("us/tx/harris-county"))
                .addRoles(PartyRole.LEAD)
                .build();
    }

    @Nested
    class ElementIdConstraint {

        @ParameterizedTest
        @ValueSource(strings = {"dhs-fema", "a", "goal-2", "txdot"})
        void acceptsLowerCaseWordsJoinedBySingleHyphens(String id) {
            assertThat(paths(party(id))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"dhs fema", "DHS-FEMA", "dhs--fema", "-dhs", "dhs-", "", "dhs\u200Bfema", "dhs_fema"})
        void rejectsAnythingElseOnTheIdProperty(String id) {
            assertThat(paths(party(id))).containsExactly("agencyId");
        }

        @Test
        void rejectsIdsLongerThanSixtyFourCharacters() {
            assertThat(paths(party("a".repeat(64)))).isEmpty();
            assertThat(paths(party("a".repeat(65)))).containsExactly("agencyId");
        }

        @Test
        void checksEachIdInAListWithTheElementIndexInThePath() {
            Goal goal = GoalBuilder.builder()
                    .id("goal-1")
                    .statement("Warn every resident of an evacuation zone 24 hours before a flood crest.")
                    .addMeasures(new Measure("Warning lead time", "hours", BigDecimal.valueOf(6), BigDecimal.valueOf(24)))
                    .contributors(List.of("harris-county-oem", "TxDOT"))
                    .build();

            assertThat(paths(goal)).containsExactly("contributors[1].<list element>");
        }

        @Test
        void explainsThePatternWithAnExample() {
            assertThat(messages(party("dhs fema"))).singleElement().asString()
                    .contains("lower-case letters, digits and single '-'")
                    .contains("\"dhs-fema\"");
        }
    }

    @Nested
    class PositiveDurationConstraint {

        private Term term(Period reviewCycle) {
            return new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null, reviewCycle);
        }

        @Test
        void acceptsAPositivePeriod() {
            assertThat(paths(term(Period.ofYears(1)))).isEmpty();
            assertThat(paths(term(Period.of(0, 18, 0)))).isEmpty();
        }

        @Test
        void rejectsAZeroPeriod() {
            assertThat(paths(term(Period.ZERO))).containsExactly("reviewCycle");
        }

        @Test
        void rejectsAPeriodWithANegativePartEvenIfItsTotalIsPositive() {
            assertThat(paths(term(Period.of(0, 1, -5)))).containsExactly("reviewCycle");
            assertThat(paths(term(Period.ofDays(-1)))).containsExactly("reviewCycle");
        }

        @Test
        void acceptsAPositiveDurationAndAnAbsentOne() {
            assertThat(paths(protocol(Duration.ofHours(72)))).isEmpty();
            assertThat(paths(protocol(null))).isEmpty();
        }

        @Test
        void rejectsAZeroOrNegativeDuration() {
            assertThat(paths(protocol(Duration.ZERO))).containsExactly("breachNotificationWindow");
            assertThat(paths(protocol(Duration.ofHours(-1)))).containsExactly("breachNotificationWindow");
        }

        private DataSharingProtocol protocol(Duration breachWindow) {
            return DataSharingProtocolBuilder.builder()
                    .id("shelter-data")
                    .providerAgencyId("county-health")
                    .addRecipients("state-health")
                    .addDataSets(new DataSet("shelter-roster", "Shelter roster", Classification.CONTROLLED, true))
                    .purpose("Track medically fragile evacuees.")
                    .addLegalBasis("hipaa-public-health")
                    .transferMethod(TransferMethod.SECURE_FILE_TRANSFER)
                    .encryptedInTransit(true)
                    .encryptedAtRest(true)
                    .retention(Period.ofYears(1))
                    .disposal(DisposalMethod.SECURE_DELETION)
                    .onwardSharing(OnwardSharing.PROHIBITED)
                    .breachNotificationWindow(breachWindow)
                    .build();
        }
    }

    @Nested
    class ChronologicalTermConstraint {

        @Test
        void acceptsATermThatExpiresAfterOrOnItsFirstDay() {
            assertThat(paths(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), null, Period.ofYears(1)))).isEmpty();
            assertThat(paths(new Term(LocalDate.of(2026, 1, 1), null, null, Period.ofYears(1)))).isEmpty();
        }

        @Test
        void reportsATermThatExpiresBeforeItStartsOnItsExpiry() {
            Term backwards = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), null, Period.ofYears(1));

            assertThat(paths(backwards)).containsExactly("expires");
            assertThat(messages(backwards)).containsExactly("the term expires before it takes effect");
        }
    }

    @Nested
    class ValidDecisionRuleConstraint {

        private GovernanceBody body(DecisionRule rule, int quorum) {
            return GovernanceBodyBuilder.builder()
                    .id("steering-committee")
                    .name("Executive Steering Committee")
                    .members(List.of("county-oem", "state-dot", "fema-region-6"))
                    .chairAgencyId("county-oem")
                    .decisionRule(rule)
                    .quorum(quorum)
                    .build();
        }

        @Test
        void acceptsTwoThirdsAndTheMethodsWithoutThreshold() {
            assertThat(paths(body(DecisionRule.supermajority(2, 3), 2))).isEmpty();
            assertThat(paths(body(DecisionRule.supermajority(1, 1), 2))).isEmpty();
            assertThat(paths(body(DecisionRule.consensus(), 2))).isEmpty();
            assertThat(paths(body(DecisionRule.majority(), 2))).isEmpty();
        }

        @Test
        void rejectsAThresholdAboveTheWhole() {
            assertThat(paths(body(DecisionRule.supermajority(5, 3), 2))).containsExactly("decisionRule.numerator");
        }

        @Test
        void rejectsAThresholdOfHalfOrLess() {
            assertThat(paths(body(DecisionRule.supermajority(1, 2), 2))).containsExactly("decisionRule.numerator");
            assertThat(paths(body(DecisionRule.supermajority(0, 0), 2))).containsExactly("decisionRule.numerator");
        }

        @Test
        void rejectsAThresholdOnAMethodThatTakesNone() {
            DecisionRule majorityWithThreshold = new DecisionRule(org.interagency.agreements.DecisionMethod.MAJORITY, 2, 3);
            assertThat(paths(body(majorityWithThreshold, 2))).containsExactly("decisionRule.numerator");
        }

        @Test
        void rejectsAQuorumOfZero() {
            assertThat(paths(body(DecisionRule.consensus(), 0))).containsExactly("quorum");
        }
    }
}
