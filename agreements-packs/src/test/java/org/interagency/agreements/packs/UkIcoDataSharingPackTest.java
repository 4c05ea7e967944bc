package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.LegalRole;
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
 * The uk-ico-dsa pack on the clean Leeds discharge-to-assess data sharing agreement of
 * examples/agreements, and on copies with one element of the ICO code missing: each rule fires
 * on its copy, at the element, with its severity and citations, and no other rule does.
 */
class UkIcoDataSharingPackTest {

    private static final AgreementValidator ICO = PackFixtures.only("uk-ico-dsa");
    private static final Agreement CLEAN = example("leeds-discharge-to-assess-dsa.json");
    private static final List<String> RULE_IDS = new UkIcoDataSharingPack().rules().stream().map(Rule::id).toList();

    private static List<Finding> packFindings(Agreement agreement) {
        return ICO.validate(agreement).findings().stream().filter(f -> RULE_IDS.contains(f.ruleId())).toList();
    }

    private static Agreement withoutProvision(Agreement agreement, ProvisionTopic topic) {
        return edit(agreement).provisions(without(agreement.provisions(), p -> p.topic().equals(topic))).build();
    }

    @Test
    void theCleanExampleSatisfiesEveryRuleOfThePack() {
        Report report = ICO.validate(CLEAN);

        assertThat(packFindings(CLEAN)).isEmpty();
        assertThat(CLEAN.claims()).containsExactly("uk-ico-dsa");
        assertThat(RULE_IDS).allSatisfy(id -> assertThat(report.outcomeOf(id)).map(RuleOutcome::outcome)
                .as(id).contains(Outcome.PASSED));
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                arguments("uk-ico.lawful-basis-recorded", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.LAWFUL_BASIS)),
                arguments("uk-ico.controller-roles", "/parties/1/legalRoles",
                        (UnaryOperator<Agreement>) a -> party(a, 1, p -> PartyBuilder.builder(p)
                                .legalRoles(List.of(LegalRole.COVERED_ENTITY)).build())),
                arguments("uk-ico.data-items", "/dataSharingProtocols/0/dataSets/0/dataElements",
                        (UnaryOperator<Agreement>) a -> dataSet(a, 0, 0, d -> DataSetBuilder.builder(d).dataElements(List.of()).build())),
                arguments("uk-ico.special-category-conditions", "/dataSharingProtocols/0/dataSets/0/specialCategories",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.SPECIAL_CATEGORY_CONDITIONS)),
                arguments("uk-ico.individual-rights", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.INDIVIDUAL_RIGHTS)),
                arguments("uk-ico.data-quality", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.DATA_QUALITY)),
                arguments("uk-ico.retention-and-deletion", "/dataSharingProtocols/0/disposal",
                        (UnaryOperator<Agreement>) a -> protocol(a, 0, p -> p.disposal(DisposalMethod.ARCHIVAL))),
                arguments("uk-ico.security", "/dataSharingProtocols/0/safeguards",
                        (UnaryOperator<Agreement>) a -> protocol(a, 0, p -> p.safeguards(List.of())
                                .encryptedAtRest(false).encryptedInTransit(false))),
                arguments("uk-ico.sanctions", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.SANCTIONS)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("defects")
    void eachRuleFiresOnItsDefectAtTheElementWithItsCitationsAndNoOtherRuleDoes(String ruleId, String pointer,
            UnaryOperator<Agreement> defect) {
        Rule rule = new UkIcoDataSharingPack().rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();

        assertThat(packFindings(defect.apply(CLEAN))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.location()).hasToString(pointer);
            assertThat(finding.hint()).isNotBlank();
            assertThat(finding.severity()).isEqualTo(rule.defaultSeverity());
            assertThat(finding.citations()).isEqualTo(rule.citations());
        });
    }

    @Test
    void aRetentionPeriodIsAgreedAsWellAsADeletion() {
        Agreement noRetention = protocol(CLEAN, 0, p -> p.retention(null).retentionStart(null));

        assertThat(ICO.validate(noRetention).findingsOf("uk-ico.retention-and-deletion")).singleElement()
                .satisfies(f -> assertThat(f.location()).hasToString("/dataSharingProtocols/0/retention"));
    }

    @Test
    void dataOutsideArticles9And10NeedsNoConditions() {
        Agreement children = withoutProvision(dataSet(CLEAN, 0, 0, d -> DataSetBuilder.builder(d)
                .specialCategories(List.of(SpecialCategory.CHILDREN)).build()), ProvisionTopic.SPECIAL_CATEGORY_CONDITIONS);

        assertThat(packFindings(children)).isEmpty();
    }

    @Test
    void thePackGovernsOnlyAgreementsWithAPartyInTheUnitedKingdom() {
        Agreement irish = edit(CLEAN).parties(CLEAN.parties().stream().map(p -> PartyBuilder.builder(p)
                .jurisdiction(Jurisdiction.parse("IE")).build()).toList()).build();
        Agreement broken = withoutProvision(irish, ProvisionTopic.LAWFUL_BASIS);

        assertThat(packFindings(broken)).isEmpty();
        assertThat(ICO.validate(broken).outcomeOf("uk-ico.lawful-basis-recorded")).map(RuleOutcome::outcome)
                .contains(Outcome.NOT_APPLICABLE);
        // GB-ENG is read as gb/eng, and uk is accepted as people write it.
        assertThat(CLEAN.parties().get(0).jurisdiction()).hasToString("gb/eng");
        Agreement writtenUk = party(irish, 1, p -> PartyBuilder.builder(p).jurisdiction(Jurisdiction.parse("uk/scotland")).build());
        assertThat(new UkIcoDataSharingPack().applicability(writtenUk).applies()).isTrue();
        assertThat(new UkIcoDataSharingPack().applicability(party(irish, 1, p -> PartyBuilder.builder(p)
                .jurisdiction(Jurisdiction.parse("UK")).build())).applies()).isTrue();
    }

    @Test
    void severityFollowsTheCodesOwnForceAndOnlyTheUnverifiedRuleCitesNothing() {
        for (Rule rule : new UkIcoDataSharingPack().rules()) {
            boolean must = rule.id().equals("uk-ico.lawful-basis-recorded");
            assertThat(rule.defaultSeverity()).as(rule.id()).isEqualTo(must ? Severity.ERROR : Severity.WARNING);
            assertThat(rule.citations().isEmpty()).as(rule.id()).isEqualTo(rule.id().equals("uk-ico.sanctions"));
        }
    }
}
