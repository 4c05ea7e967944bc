package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Outcome;
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
import static org.interagency.agreements.packs.PackFixtures.edit;
import static org.interagency.agreements.packs.PackFixtures.example;
import static org.interagency.agreements.packs.PackFixtures.party;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The us-emac pack on the clean Louisiana–Texas swift-water mission of examples/agreements, whose
 * only findings are the three explanations of what applies by operation of law, and on copies
 * with one element of the request or offer missing.
 */
class UsEmacPackTest {

    private static final AgreementValidator EMAC = PackFixtures.only("us-emac");
    private static final Agreement CLEAN = example("emac-louisiana-texas-swift-water.json");
    private static final List<String> RULE_IDS = new UsEmacPack().rules().stream().map(Rule::id).toList();
    private static final List<String> EXPLANATIONS = List.of("us-emac.licenses-and-permits", "us-emac.liability",
            "us-emac.workers-compensation");

    private static List<Finding> packFindings(Agreement agreement) {
        return EMAC.validate(agreement).findings().stream().filter(f -> RULE_IDS.contains(f.ruleId())).toList();
    }

    /** The findings other than the explanations of what applies by operation of law. */
    private static List<Finding> requirements(Agreement agreement) {
        return packFindings(agreement).stream().filter(f -> !EXPLANATIONS.contains(f.ruleId())).toList();
    }

    private static Agreement commitment(Agreement agreement, int index, UnaryOperator<ResourceCommitment> change) {
        List<ResourceCommitment> commitments = new java.util.ArrayList<>(agreement.resourceCommitments());
        commitments.set(index, change.apply(commitments.get(index)));
        return edit(agreement).resourceCommitments(commitments).build();
    }

    @Test
    void theCleanMissionReportsOnlyTheThreeExplanationsAtTheAssistingState() {
        assertThat(CLEAN.claims()).containsExactly("us-emac");
        assertThat(packFindings(CLEAN)).extracting(Finding::ruleId).containsExactlyInAnyOrderElementsOf(EXPLANATIONS);
        assertThat(packFindings(CLEAN)).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location()).hasToString("/parties/1");
            assertThat(f.message()).startsWith("by operation of law, not by a clause").contains("\"tx-tdem\"");
        });
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                arguments("us-emac.requesting-and-assisting", "/parties",
                        (UnaryOperator<Agreement>) a -> party(a, 0, p -> PartyBuilder.builder(p)
                                .roles(List.of(PartyRole.LEAD)).build())),
                arguments("us-emac.resources", "/resourceCommitments/1",
                        (UnaryOperator<Agreement>) a -> commitment(a, 1, c -> new ResourceCommitment(c.id(), c.agencyId(),
                                c.kind(), c.description(), c.amount(), c.unit(), null, null))),
                arguments("us-emac.reimbursement", "/payment",
                        (UnaryOperator<Agreement>) a -> edit(a).payment(null).build()));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("defects")
    void eachRuleFiresOnItsDefectAtTheElementAndNoOtherRequirementDoes(String ruleId, String pointer,
            UnaryOperator<Agreement> defect) {
        Rule rule = new UsEmacPack().rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();

        assertThat(requirements(defect.apply(CLEAN))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.location()).hasToString(pointer);
            assertThat(finding.hint()).isNotBlank();
            assertThat(finding.severity()).isEqualTo(rule.defaultSeverity());
            assertThat(finding.citations()).isEqualTo(rule.citations());
        });
    }

    @Test
    void anAssistingStateMustBeOfAnotherState() {
        Agreement sameState = party(CLEAN, 1, p -> PartyBuilder.builder(p).jurisdiction(Jurisdiction.parse("US-LA")).build());

        // Two Louisiana parties are not an interstate mission at all.
        assertThat(new UsEmacPack().applicability(sameState).applies()).isFalse();
        assertThat(packFindings(sameState)).isEmpty();
    }

    @Test
    void anAssistingStateThatSendsNoPersonnelGetsNoExplanations() {
        Agreement equipmentOnly = commitment(CLEAN, 0, c -> new ResourceCommitment(c.id(), c.agencyId(), ResourceKind.EQUIPMENT,
                c.description(), c.amount(), c.unit(), c.period(), null));

        assertThat(packFindings(equipmentOnly)).isEmpty();
        assertThat(EXPLANATIONS).allSatisfy(id -> assertThat(EMAC.validate(equipmentOnly).outcomeOf(id))
                .map(RuleOutcome::outcome).contains(Outcome.NOT_APPLICABLE));
    }

    @Test
    void thePackGovernsOnlyMutualAidBetweenStates() {
        assertThat(new UsEmacPack().applicability(edit(CLEAN).kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING).build()).reason())
                .contains("mutual-aid");
        Agreement counties = example("williamson-county-fire-mutual-aid.yaml");
        assertThat(new UsEmacPack().applicability(counties).applies()).isFalse();
        assertThat(packFindings(edit(counties).claims(List.of("us-emac")).build())).isEmpty();
        // A county of another state is not a party state.
        Agreement county = party(CLEAN, 1, p -> PartyBuilder.builder(p).jurisdiction(Jurisdiction.parse("us/tx/harris-county"))
                .governmentLevel(GovernmentLevel.LOCAL).build());
        assertThat(new UsEmacPack().applicability(county).applies()).isFalse();
    }

    @Test
    void theRulesRestingOnUnreadArticlesCiteNothingAndTheOthersCiteTheCompact() {
        for (Rule rule : new UsEmacPack().rules()) {
            boolean unread = rule.id().equals("us-emac.resources") || rule.id().equals("us-emac.licenses-and-permits");
            assertThat(rule.citations().isEmpty()).as(rule.id()).isEqualTo(unread);
            assertThat(rule.citations()).allSatisfy(c -> assertThat(c.text()).startsWith("Emergency Management Assistance Compact"));
        }
    }
}
