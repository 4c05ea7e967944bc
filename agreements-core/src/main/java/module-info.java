/**
 * The validation service: {@link org.interagency.agreements.core.AgreementValidator} runs Bean
 * Validation (Hibernate Validator, without Expression Language) and the rules engine over an
 * agreement, with the built-in rule catalogue.
 */
module org.interagency.agreements.core {
    requires transitive org.interagency.agreements.api;
    requires org.hibernate.validator;
    requires org.slf4j;

    exports org.interagency.agreements.core;

    // Built-in rules and a user's own rules are found the same way.
    uses org.interagency.agreements.rules.Rule;

    provides org.interagency.agreements.rules.Rule with
            org.interagency.agreements.core.internal.roles.AccountableOverlapRule,
            org.interagency.agreements.core.internal.roles.ResponsibleDuplicateRule,
            org.interagency.agreements.core.internal.roles.AccountabilityGapRule,
            org.interagency.agreements.core.internal.roles.AssigneeNotPartyRule,
            org.interagency.agreements.core.internal.roles.NoResponsibleRule,
            org.interagency.agreements.core.internal.roles.AssignmentOutsideTermRule;
}
