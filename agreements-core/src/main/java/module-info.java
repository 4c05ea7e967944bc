/**
 * The validation service: {@link org.interagency.agreements.core.AgreementValidator} runs Bean
 * Validation (Hibernate Validator, without Expression Language) and the rules engine over an
 * agreement, with the built-in rule catalogue.
 */
// ICU4J is an automatic module (Automatic-Module-Name com.ibm.icu), read only if present (static).
@SuppressWarnings("requires-automatic")
module org.interagency.agreements.core {
    requires transitive org.interagency.agreements.api;
    requires org.hibernate.validator;
    requires org.slf4j;
    // Optional: with ICU4J, names are compared by their UTS 39 confusable skeleton; without it, by
    // NFKC and case folding (Confusables says which). A user adds the jar, or --add-modules it on
    // the module path, to have it.
    requires static com.ibm.icu;

    exports org.interagency.agreements.core;
    exports org.interagency.agreements.assessment;
    exports org.interagency.agreements.accountability;

    // Built-in rules and a user's own rules are found the same way. The provides list names
    // the same classes as META-INF/services (for the class path); ModuleDescriptorTest keeps
    // the two equal.
    uses org.interagency.agreements.rules.Rule;
    uses org.interagency.agreements.rules.RulePack;

    provides org.interagency.agreements.rules.Rule with
            org.interagency.agreements.core.internal.roles.AccountableOverlapRule,
            org.interagency.agreements.core.internal.roles.ResponsibleDuplicateRule,
            org.interagency.agreements.core.internal.roles.AccountabilityGapRule,
            org.interagency.agreements.core.internal.roles.AssigneeNotPartyRule,
            org.interagency.agreements.core.internal.roles.NoResponsibleRule,
            org.interagency.agreements.core.internal.roles.AssignmentOutsideTermRule,
            org.interagency.agreements.core.internal.rules.CadenceExceedsReviewCycleRule,
            org.interagency.agreements.core.internal.rules.ChairNotMemberRule,
            org.interagency.agreements.core.internal.rules.DataPartyNotInAgreementRule,
            org.interagency.agreements.core.internal.rules.DuplicateIdRule,
            org.interagency.agreements.core.internal.rules.EscalationCycleRule,
            org.interagency.agreements.core.internal.rules.ExpiredInForceRule,
            org.interagency.agreements.core.internal.rules.GoalDueAfterTermRule,
            org.interagency.agreements.core.internal.rules.GoalWithoutMeasureRule,
            org.interagency.agreements.core.internal.rules.GoalWithoutMilestoneRule,
            org.interagency.agreements.core.internal.rules.InForceUnsignedRule,
            org.interagency.agreements.core.internal.rules.LevelWithoutTimeLimitRule,
            org.interagency.agreements.core.internal.rules.LineageRule,
            org.interagency.agreements.core.internal.rules.MixedScriptRule,
            org.interagency.agreements.core.internal.rules.NoAuthorityRule,
            org.interagency.agreements.core.internal.rules.NoChannelReachesAllRule,
            org.interagency.agreements.core.internal.rules.NoEscalationPathRule,
            org.interagency.agreements.core.internal.rules.NoFinalResolutionRule,
            org.interagency.agreements.core.internal.rules.NoGoalsRule,
            org.interagency.agreements.core.internal.rules.NoGovernanceBodyRule,
            org.interagency.agreements.core.internal.rules.NoRecipientsRule,
            org.interagency.agreements.core.internal.rules.NoResourcesRule,
            org.interagency.agreements.core.internal.rules.NoTrainingRule,
            org.interagency.agreements.core.internal.rules.NoTrustMeasuresRule,
            org.interagency.agreements.core.internal.rules.ParentCycleRule,
            org.interagency.agreements.core.internal.rules.PartyExcludedFromTrustRule,
            org.interagency.agreements.core.internal.rules.PartyOutsideBodiesRule,
            org.interagency.agreements.core.internal.rules.PartyUntrainedOnProtocolRule,
            org.interagency.agreements.core.internal.rules.PartyWithoutContactRule,
            org.interagency.agreements.core.internal.rules.PartyWithoutGoalRule,
            org.interagency.agreements.core.internal.rules.PartyWithoutSponsorRule,
            org.interagency.agreements.core.internal.rules.PersonalOnwardSharingRule,
            org.interagency.agreements.core.internal.rules.ProtectedDataUnencryptedRule,
            org.interagency.agreements.core.internal.rules.ProtectedDataWithoutBreachWindowRule,
            org.interagency.agreements.core.internal.rules.ProtectedDataWithoutLegalBasisRule,
            org.interagency.agreements.core.internal.rules.ProtectedDataWithoutRetentionRule,
            org.interagency.agreements.core.internal.rules.QuorumExceedsMembersRule,
            org.interagency.agreements.core.internal.rules.RetentionWithoutDisposalRule,
            org.interagency.agreements.core.internal.rules.ReviewOverdueRule,
            org.interagency.agreements.core.internal.rules.ReviewWithoutLessonsRule,
            org.interagency.agreements.core.internal.rules.ScopeUncoveredRule,
            org.interagency.agreements.core.internal.rules.SingleAgencyTrainingRule,
            org.interagency.agreements.core.internal.rules.SingleAgencyTrustMeasureRule,
            org.interagency.agreements.core.internal.rules.TooFewPartiesRule,
            org.interagency.agreements.core.internal.rules.UnknownAgencyRule,
            org.interagency.agreements.core.internal.rules.UnknownReferenceRule,
            org.interagency.agreements.core.internal.rules.VisionMissingRule;
}
