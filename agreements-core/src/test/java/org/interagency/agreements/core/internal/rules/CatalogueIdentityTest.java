package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each rule of the catalogue has the id, default severity and principle the catalogue fixes. */
class CatalogueIdentityTest {

    static Stream<Arguments> catalogue() {
        return Stream.of(
                arguments(new DuplicateIdRule(), "refs.duplicate-id", Severity.ERROR, Principle.FOUNDATIONS),
                arguments(new UnknownAgencyRule(), "refs.unknown-agency", Severity.ERROR, Principle.FOUNDATIONS),
                arguments(new UnknownReferenceRule(), "refs.unknown-reference", Severity.ERROR, Principle.FOUNDATIONS),
                arguments(new TooFewPartiesRule(), "parties.too-few", Severity.ERROR, Principle.FOUNDATIONS),
                arguments(new ParentCycleRule(), "parties.parent-cycle", Severity.ERROR, Principle.FOUNDATIONS),
                arguments(new ExpiredInForceRule(), "term.expired-in-force", Severity.WARNING, Principle.FOUNDATIONS),
                arguments(new MatchingDurationRule(), "term.matching-duration", Severity.ERROR, Principle.FOUNDATIONS),
                arguments(new NoAuthorityRule(), "term.no-authority", Severity.WARNING, Principle.FOUNDATIONS),
                arguments(new MixedScriptRule(), "text.mixed-script", Severity.WARNING, Principle.FOUNDATIONS),
                arguments(new VisionMissingRule(), "vision.missing", Severity.WARNING, Principle.SHARED_VISION),
                arguments(new NoGoalsRule(), "vision.no-goals", Severity.WARNING, Principle.SHARED_VISION),
                arguments(new GoalWithoutMeasureRule(), "vision.goal-without-measure", Severity.WARNING,
                        Principle.SHARED_VISION),
                arguments(new GoalDueAfterTermRule(), "vision.goal-due-after-term", Severity.WARNING,
                        Principle.SHARED_VISION),
                arguments(new PartyWithoutGoalRule(), "vision.party-without-goal", Severity.WARNING,
                        Principle.SHARED_VISION),
                arguments(new PartyWithoutContactRule(), "comms.party-without-contact", Severity.WARNING,
                        Principle.COMMUNICATION),
                arguments(new NoChannelReachesAllRule(), "comms.no-channel-reaches-all", Severity.WARNING,
                        Principle.COMMUNICATION),
                arguments(new CadenceExceedsReviewCycleRule(), "comms.cadence-exceeds-review-cycle", Severity.WARNING,
                        Principle.COMMUNICATION),
                arguments(new NoTrustMeasuresRule(), "trust.no-measures", Severity.WARNING, Principle.TRUST_BUILDING),
                arguments(new SingleAgencyTrustMeasureRule(), "trust.single-agency", Severity.WARNING,
                        Principle.TRUST_BUILDING),
                arguments(new PartyExcludedFromTrustRule(), "trust.party-excluded", Severity.INFO,
                        Principle.TRUST_BUILDING),
                arguments(new NoGovernanceBodyRule(), "governance.no-body", Severity.WARNING,
                        Principle.JOINT_DECISION_MAKING),
                arguments(new QuorumExceedsMembersRule(), "governance.quorum-exceeds-members", Severity.ERROR,
                        Principle.JOINT_DECISION_MAKING),
                arguments(new ChairNotMemberRule(), "governance.chair-not-member", Severity.ERROR,
                        Principle.JOINT_DECISION_MAKING),
                arguments(new PartyOutsideBodiesRule(), "governance.party-outside-bodies", Severity.WARNING,
                        Principle.JOINT_DECISION_MAKING),
                arguments(new ProtectedDataUnencryptedRule(), "data.protected-unencrypted", Severity.ERROR,
                        Principle.INFORMATION_SHARING),
                arguments(new ProtectedDataWithoutLegalBasisRule(), "data.protected-without-legal-basis",
                        Severity.ERROR, Principle.INFORMATION_SHARING),
                arguments(new ProtectedDataWithoutRetentionRule(), "data.protected-without-retention", Severity.ERROR,
                        Principle.INFORMATION_SHARING),
                arguments(new ProtectedDataWithoutBreachWindowRule(), "data.protected-without-breach-window",
                        Severity.ERROR, Principle.INFORMATION_SHARING),
                arguments(new RetentionWithoutDisposalRule(), "data.retention-without-disposal", Severity.WARNING,
                        Principle.INFORMATION_SHARING),
                arguments(new DataPartyNotInAgreementRule(), "data.party-not-in-agreement", Severity.ERROR,
                        Principle.INFORMATION_SHARING),
                arguments(new NoRecipientsRule(), "data.no-recipients", Severity.ERROR, Principle.INFORMATION_SHARING),
                arguments(new PersonalOnwardSharingRule(), "data.personal-onward-sharing", Severity.WARNING,
                        Principle.INFORMATION_SHARING),
                arguments(new NoTrainingRule(), "training.none", Severity.WARNING, Principle.TRAINING),
                arguments(new SingleAgencyTrainingRule(), "training.single-agency", Severity.WARNING,
                        Principle.TRAINING),
                arguments(new PartyUntrainedOnProtocolRule(), "training.party-untrained-on-protocol", Severity.WARNING,
                        Principle.TRAINING),
                arguments(new NoEscalationPathRule(), "escalation.none", Severity.WARNING,
                        Principle.CONFLICT_RESOLUTION),
                arguments(new EscalationCycleRule(), "escalation.cycle", Severity.ERROR, Principle.CONFLICT_RESOLUTION),
                arguments(new NoFinalResolutionRule(), "escalation.no-final-resolution", Severity.WARNING,
                        Principle.CONFLICT_RESOLUTION),
                arguments(new LevelWithoutTimeLimitRule(), "escalation.level-without-time-limit", Severity.WARNING,
                        Principle.CONFLICT_RESOLUTION),
                arguments(new ScopeUncoveredRule(), "escalation.scope-uncovered", Severity.WARNING,
                        Principle.CONFLICT_RESOLUTION),
                arguments(new GoalWithoutMilestoneRule(), "learning.goal-without-milestone", Severity.WARNING,
                        Principle.LEARNING),
                arguments(new ReviewOverdueRule(), "learning.review-overdue", Severity.WARNING, Principle.LEARNING),
                arguments(new ReviewWithoutLessonsRule(), "learning.review-without-lessons", Severity.INFO,
                        Principle.LEARNING),
                arguments(new PartyWithoutSponsorRule(), "leadership.party-without-sponsor", Severity.WARNING,
                        Principle.LEADERSHIP),
                arguments(new InForceUnsignedRule(), "leadership.in-force-unsigned", Severity.ERROR,
                        Principle.LEADERSHIP),
                arguments(new NoResourcesRule(), "leadership.no-resources", Severity.WARNING, Principle.LEADERSHIP),
                arguments(new LineageRule(), "versions.lineage", Severity.ERROR, Principle.FOUNDATIONS));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("catalogue")
    void hasTheCataloguedIdSeverityAndPrinciple(Rule rule, String id, Severity severity, Principle principle) {
        assertThat(rule.id()).isEqualTo(id);
        assertThat(rule.defaultSeverity()).isEqualTo(severity);
        assertThat(rule.principle()).isEqualTo(principle);
        assertThat(rule.description()).isNotBlank().endsWith(".").doesNotContain("\n");
    }

    @Test
    void everyRuleOfThePackageIsRegisteredForTheServiceLoader() {
        List<String> registered = ServiceLoader.load(Rule.class).stream()
                .map(ServiceLoader.Provider::type)
                .filter(type -> type.getPackage() == VisionMissingRule.class.getPackage())
                .map(Class::getName)
                .toList();
        List<String> catalogued = catalogue().map(a -> a.get()[0].getClass().getName()).toList();

        assertThat(registered).containsExactlyInAnyOrderElementsOf(catalogued);
    }
}
