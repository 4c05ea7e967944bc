package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.SpecialCategory;
import org.interagency.agreements.core.AgreementValidator;
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

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.packs.PackFixtures.dataSet;
import static org.interagency.agreements.packs.PackFixtures.edit;
import static org.interagency.agreements.packs.PackFixtures.example;
import static org.interagency.agreements.packs.PackFixtures.party;
import static org.interagency.agreements.packs.PackFixtures.protocol;
import static org.interagency.agreements.packs.PackFixtures.without;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The us-hipaa pack on the clean county EHR-hosting memorandum of examples/agreements (a covered
 * entity and its business associate, both local government), and on copies with one term of 45
 * CFR 164.504(e) broken: each rule fires on its copy, at the term, and no other rule does.
 */
class UsHipaaPackTest {

    private static final AgreementValidator HIPAA = PackFixtures.only("us-hipaa");
    private static final Agreement CLEAN = example("multnomah-health-ehr-hosting-mou.json");
    private static final List<String> RULE_IDS = new UsHipaaPack().rules().stream().map(Rule::id).toList();

    private static List<Finding> packFindings(Agreement agreement) {
        return HIPAA.validate(agreement).findings().stream().filter(f -> RULE_IDS.contains(f.ruleId())).toList();
    }

    private static Agreement withoutProvision(Agreement agreement, ProvisionTopic topic) {
        return edit(agreement).provisions(without(agreement.provisions(), p -> p.topic().equals(topic))).build();
    }

    private static Agreement level(Agreement agreement, int party, GovernmentLevel level) {
        return party(agreement, party, p -> PartyBuilder.builder(p).governmentLevel(level).build());
    }

    @Test
    void theCleanExampleSatisfiesEveryRuleOfThePack() {
        Report report = HIPAA.validate(CLEAN);

        assertThat(packFindings(CLEAN)).isEmpty();
        assertThat(CLEAN.claims()).containsExactly("us-hipaa");
        assertThat(RULE_IDS).allSatisfy(id -> assertThat(report.outcomeOf(id)).map(RuleOutcome::outcome)
                .as(id).hasValueSatisfying(o -> assertThat(o).isIn(Outcome.PASSED, Outcome.NOT_APPLICABLE)));
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                arguments("us-hipaa.permitted-uses", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.PERMITTED_USES)),
                arguments("us-hipaa.no-other-use", "/dataSharingProtocols/0/onwardSharing",
                        (UnaryOperator<Agreement>) a -> protocol(a, 0, p -> p.onwardSharing(OnwardSharing.PERMITTED))),
                arguments("us-hipaa.safeguards", "/dataSharingProtocols/0/safeguards",
                        (UnaryOperator<Agreement>) a -> protocol(a, 0, p -> p.safeguards(List.of())
                                .encryptedAtRest(false).encryptedInTransit(false))),
                arguments("us-hipaa.report-incidents", "/dataSharingProtocols/0/breachNotificationWindow",
                        (UnaryOperator<Agreement>) a -> protocol(a, 0, p -> p.breachNotificationWindow(null))),
                arguments("us-hipaa.subcontractors", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.SUBCONTRACTOR_FLOW_DOWN)),
                arguments("us-hipaa.individual-access", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.INDIVIDUAL_ACCESS)),
                arguments("us-hipaa.individual-amendment", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.INDIVIDUAL_AMENDMENT)),
                arguments("us-hipaa.accounting-of-disclosures", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.ACCOUNTING_OF_DISCLOSURES)),
                arguments("us-hipaa.covered-entity-obligations", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.COVERED_ENTITY_OBLIGATIONS)),
                arguments("us-hipaa.secretary-access", "/auditRights",
                        (UnaryOperator<Agreement>) a -> edit(a).auditRights(List.of()).build()),
                arguments("us-hipaa.return-or-destroy", "/dataSharingProtocols/0/disposal",
                        (UnaryOperator<Agreement>) a -> protocol(a, 0, p -> p.disposal(DisposalMethod.ARCHIVAL))),
                arguments("us-hipaa.termination-for-violation", "/provisions",
                        // A contract with a company: the omission that governments may make does not apply.
                        (UnaryOperator<Agreement>) a -> edit(level(withoutProvision(a, ProvisionTopic.TERMINATION_FOR_CAUSE),
                                1, GovernmentLevel.NON_GOVERNMENTAL)).kind(AgreementKind.DATA_SHARING_AGREEMENT).build()),
                arguments("us-hipaa.government-mou", "/parties/1/governmentLevel",
                        (UnaryOperator<Agreement>) a -> level(a, 1, GovernmentLevel.NON_GOVERNMENTAL)),
                arguments("us-hipaa.dua-no-reidentification", "/provisions",
                        (UnaryOperator<Agreement>) a -> dataSet(a, 0, 0, d -> DataSetBuilder.builder(d)
                                .specialCategories(List.of(SpecialCategory.HEALTH, SpecialCategory.LIMITED_DATA_SET)).build())));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("defects")
    void eachRuleFiresOnItsDefectAtTheTermWithItsCitationsAndNoOtherRuleDoes(String ruleId, String pointer,
            UnaryOperator<Agreement> defect) {
        Rule rule = new UsHipaaPack().rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();

        assertThat(packFindings(defect.apply(CLEAN))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.location()).hasToString(pointer);
            assertThat(finding.hint()).isNotBlank();
            assertThat(finding.severity()).isEqualTo(rule.defaultSeverity());
            assertThat(finding.citations()).isNotEmpty().isEqualTo(rule.citations());
        });
    }

    @Test
    void governmentalPartiesMayOmitTerminationSoItsAbsenceIsUnknownNotAFinding() {
        Report report = HIPAA.validate(withoutProvision(CLEAN, ProvisionTopic.TERMINATION_FOR_CAUSE));

        assertThat(report.findingsOf("us-hipaa.termination-for-violation")).isEmpty();
        assertThat(report.outcomeOf("us-hipaa.termination-for-violation")).map(RuleOutcome::outcome)
                .contains(Outcome.UNKNOWN);
    }

    @Test
    void aMemorandumWithAPartyWhoseLevelIsNotStatedIsReported() {
        assertThat(HIPAA.validate(level(CLEAN, 0, null)).findingsOf("us-hipaa.government-mou")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not stated to be"));
    }

    @Test
    void theSecretaryMustBeAbleToAuditEveryBusinessAssociate() {
        Agreement second = edit(CLEAN).parties(append(CLEAN.parties(), PartyBuilder.builder(CLEAN.parties().get(1))
                .agencyId("mc-records").name("Multnomah County Records Program").build())).build();

        assertThat(HIPAA.validate(second).findingsOf("us-hipaa.secretary-access")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"mc-records\"").doesNotContain("mc-it"));
    }

    @Test
    void thePackGovernsOnlyAgreementsBetweenACoveredEntityAndABusinessAssociate() {
        Agreement noAssociate = party(CLEAN, 1, p -> PartyBuilder.builder(p).legalRoles(List.of()).build());

        Report report = HIPAA.validate(withoutProvision(noAssociate, ProvisionTopic.PERMITTED_USES));

        assertThat(packFindings(noAssociate)).isEmpty();
        assertThat(report.outcomeOf("us-hipaa.permitted-uses")).contains(new RuleOutcome("us-hipaa.permitted-uses",
                Outcome.NOT_APPLICABLE, 0, "us-hipaa governs agreements between a covered entity and a business associate;"
                        + " no party of this agreement has the legal role business-associate"));
    }

    @Test
    void everyRuleCites45CfrAndTheConditionalOnesAreWarnings() {
        for (Rule rule : new UsHipaaPack().rules()) {
            assertThat(rule.citations()).as(rule.id()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.instrument()).isEqualTo("45 CFR"));
            boolean conditional = rule.id().equals("us-hipaa.covered-entity-obligations")
                    || rule.id().equals("us-hipaa.government-mou");
            assertThat(rule.defaultSeverity()).as(rule.id()).isEqualTo(conditional ? Severity.WARNING : Severity.ERROR);
        }
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
