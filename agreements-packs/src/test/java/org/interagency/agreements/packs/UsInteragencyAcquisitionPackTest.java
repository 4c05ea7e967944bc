package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.ApprovalBuilder;
import org.interagency.agreements.EscalationPathBuilder;
import org.interagency.agreements.FundsBuilder;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.PaymentMethod;
import org.interagency.agreements.PaymentTerms;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceCommitmentBuilder;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.packs.PackFixtures.edit;
import static org.interagency.agreements.packs.PackFixtures.party;
import static org.interagency.agreements.packs.PackFixtures.without;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The us-iaa pack on the clean Economy Act order of examples/agreements, and on copies with one
 * element of 31 U.S.C. 1535 or FAR subpart 17.5 broken: each rule fires on its copy, at the
 * element, and no other rule of the pack does.
 */
class UsInteragencyAcquisitionPackTest {

    private static final AgreementValidator IAA = PackFixtures.only("us-iaa");
    private static final Agreement CLEAN = AgreementJson.defaults().read(DocumentSource.of(
            PackFixtures.EXAMPLES.resolve("blm-usace-economy-act-order.yaml"), DocumentSyntax.YAML)).agreement();
    private static final List<String> RULE_IDS = new UsInteragencyAcquisitionPack().rules().stream().map(Rule::id).toList();

    private static List<Finding> packFindings(Agreement agreement) {
        return IAA.validate(agreement).findings().stream().filter(f -> RULE_IDS.contains(f.ruleId())).toList();
    }

    private static Agreement withoutProvision(Agreement agreement, ProvisionTopic topic) {
        return edit(agreement).provisions(without(agreement.provisions(), p -> p.topic().equals(topic))).build();
    }

    private static Agreement funding(Agreement agreement, UnaryOperator<ResourceCommitment> change) {
        List<ResourceCommitment> commitments = new ArrayList<>(agreement.resourceCommitments());
        commitments.set(0, change.apply(commitments.get(0)));
        return edit(agreement).resourceCommitments(commitments).build();
    }

    @Test
    void theCleanExampleSatisfiesEveryRuleOfThePack() {
        Report report = IAA.validate(CLEAN);

        assertThat(packFindings(CLEAN)).isEmpty();
        assertThat(CLEAN.claims()).containsExactly("us-iaa");
        assertThat(RULE_IDS).filteredOn(id -> !id.equals("us-iaa.order-within-gtc")).allSatisfy(id -> assertThat(
                report.outcomeOf(id)).map(RuleOutcome::outcome)
                .as(id).hasValueSatisfying(o -> assertThat(o).isIn(Outcome.PASSED, Outcome.NOT_APPLICABLE)));
        // The order names its general terms and conditions, a document of their own: alone, it cannot be
        // checked against them (OrderWithinGeneralTermsTest checks the two as a portfolio).
        assertThat(report.outcomeOf("us-iaa.order-within-gtc")).map(RuleOutcome::outcome).contains(Outcome.UNKNOWN);
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                arguments("us-iaa.requesting-and-servicing", "/parties",
                        (UnaryOperator<Agreement>) a -> party(a, 1, p -> PartyBuilder.builder(p)
                                .roles(List.of(PartyRole.PARTICIPANT)).build())),
                arguments("us-iaa.funds-available", "/resourceCommitments",
                        (UnaryOperator<Agreement>) a -> edit(a).resourceCommitments(without(a.resourceCommitments(),
                                r -> r.kind() == ResourceKind.FUNDING)).build()),
                arguments("us-iaa.determination-and-findings", "/approvals",
                        (UnaryOperator<Agreement>) a -> edit(a).approvals(List.of()).build()),
                arguments("us-iaa.determination-and-findings", "/approvals/0/approvedOn",
                        (UnaryOperator<Agreement>) a -> edit(a).approvals(a.approvals().stream().map(x ->
                                ApprovalBuilder.builder(x).approvedOn(LocalDate.of(2026, 3, 2)).build()).toList()).build()),
                arguments("us-iaa.agency-unique-requirements", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.AGENCY_UNIQUE_REQUIREMENTS)),
                arguments("us-iaa.order-description", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.BONA_FIDE_NEED)),
                arguments("us-iaa.delivery", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.DELIVERY)),
                arguments("us-iaa.funds-citation", "/resourceCommitments/0/funds",
                        (UnaryOperator<Agreement>) a -> funding(a, r -> ResourceCommitmentBuilder.builder(r).funds(null).build())),
                arguments("us-iaa.payment-provision", "/payment",
                        (UnaryOperator<Agreement>) a -> edit(a).payment(null).build()),
                arguments("us-iaa.disagreement-procedures", "/escalationPaths",
                        (UnaryOperator<Agreement>) a -> edit(a).escalationPaths(a.escalationPaths().stream()
                                .map(p -> EscalationPathBuilder.builder(p).finalResolution(null).build()).toList()).build()),
                arguments("us-iaa.funds-expire-before-term", "/resourceCommitments/0/funds/availableUntil",
                        (UnaryOperator<Agreement>) a -> funding(a, r -> ResourceCommitmentBuilder.builder(r)
                                .funds(FundsBuilder.builder(r.funds()).availableUntil(LocalDate.of(2027, 9, 29)).build()).build())),
                arguments("us-iaa.advance-payment-authority", "/payment/advanceAuthorityId",
                        (UnaryOperator<Agreement>) a -> edit(a).payment(new PaymentTerms(PaymentMethod.ADVANCE, null,
                                Period.ofMonths(3), null)).build()));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("defects")
    void eachRuleFiresOnItsDefectAtTheElementAndNoOtherRuleDoes(String ruleId, String pointer,
            UnaryOperator<Agreement> defect) {
        Rule rule = new UsInteragencyAcquisitionPack().rules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow();

        assertThat(packFindings(defect.apply(CLEAN))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.location()).hasToString(pointer);
            assertThat(finding.hint()).isNotBlank();
            assertThat(finding.severity()).isEqualTo(rule.defaultSeverity());
            assertThat(finding.citations()).isEqualTo(rule.citations());
        });
    }

    @Test
    void fundsAvailableOnTheLastDayOfTheOrderAreInTime() {
        Agreement lastDay = funding(CLEAN, r -> ResourceCommitmentBuilder.builder(r)
                .funds(FundsBuilder.builder(r.funds()).availableUntil(LocalDate.of(2027, 9, 30)).build()).build());

        assertThat(packFindings(lastDay)).isEmpty();
    }

    @Test
    void aDeterminationAndFindingsOnTheEffectiveDateIsInTime() {
        Agreement sameDay = edit(CLEAN).approvals(CLEAN.approvals().stream()
                .map(x -> ApprovalBuilder.builder(x).approvedOn(LocalDate.of(2026, 3, 1)).build()).toList()).build();

        assertThat(packFindings(sameDay)).isEmpty();
    }

    @Test
    void theEconomyActRulesDoNotApplyToAnOrderUnderAnotherAuthority() {
        Agreement franchiseFund = edit(CLEAN).authorities(List.of(new LegalAuthority("franchise-fund",
                "31 U.S.C. 501 note", "Government Management Reform Act of 1994, franchise funds"))).approvals(List.of()).build();

        Report report = IAA.validate(franchiseFund);

        assertThat(report.outcomeOf("us-iaa.determination-and-findings")).map(RuleOutcome::outcome)
                .contains(Outcome.NOT_APPLICABLE);
        assertThat(report.findingsOf("us-iaa.determination-and-findings")).isEmpty();
    }

    @Test
    void anAuthorityThatCitesAnotherSectionIsNotTheEconomyAct() {
        Agreement other = edit(CLEAN).authorities(List.of(new LegalAuthority("other", "31 U.S.C. 15350",
                "Not the Economy Act"))).build();

        assertThat(IAA.validate(other).outcomeOf("us-iaa.funds-available")).map(RuleOutcome::outcome)
                .contains(Outcome.NOT_APPLICABLE);
    }

    @Test
    void thePackGovernsInteragencyAgreementsOnly() {
        Agreement mou = edit(CLEAN).kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING).payment(null).build();

        Report report = IAA.validate(mou);

        assertThat(packFindings(mou)).isEmpty();
        assertThat(report.outcomeOf("us-iaa.payment-provision")).map(RuleOutcome::outcome).contains(Outcome.NOT_APPLICABLE);
    }

    @Test
    void shouldIsAWarningAndTheFormFieldOfSecondaryGradeCitesNothing() {
        for (Rule rule : new UsInteragencyAcquisitionPack().rules()) {
            boolean mandatory = List.of("us-iaa.requesting-and-servicing", "us-iaa.funds-available",
                    "us-iaa.determination-and-findings").contains(rule.id());
            assertThat(rule.defaultSeverity()).as(rule.id()).isEqualTo(mandatory ? Severity.ERROR : Severity.WARNING);
            assertThat(rule.citations().isEmpty()).as(rule.id()).isEqualTo(List.of("us-iaa.advance-payment-authority",
                    "us-iaa.order-within-gtc").contains(rule.id()));
        }
    }
}
