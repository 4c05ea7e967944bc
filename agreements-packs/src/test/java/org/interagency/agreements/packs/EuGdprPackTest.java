package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.Provision;
import org.interagency.agreements.ProvisionTopic;
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
 * The eu-gdpr pack on the clean Irish child welfare referral arrangement of examples/agreements
 * (two joint controllers and a processor), and on copies with one term of GDPR Art. 26 or 28(3)
 * broken: each rule fires on its copy, at the term, with its citation, and no other rule does.
 */
class EuGdprPackTest {

    private static final AgreementValidator GDPR = PackFixtures.only("eu-gdpr");
    private static final Agreement CLEAN = example("hse-tusla-child-referrals.json");
    private static final List<String> RULE_IDS = new EuGdprPack().rules().stream().map(Rule::id).toList();

    private static List<Finding> packFindings(Agreement agreement) {
        return GDPR.validate(agreement).findings().stream().filter(f -> RULE_IDS.contains(f.ruleId())).toList();
    }

    private static Agreement withoutProvision(Agreement agreement, ProvisionTopic topic) {
        return edit(agreement).provisions(without(agreement.provisions(), p -> p.topic().equals(topic))).build();
    }

    /** The provisions on {@code topic} now bind only {@code binds}. */
    private static Agreement rebind(Agreement agreement, ProvisionTopic topic, List<String> binds) {
        return edit(agreement).provisions(agreement.provisions().stream().map(p -> p.topic().equals(topic)
                ? new Provision(p.id(), p.topic(), p.text(), binds, p.citation()) : p).toList()).build();
    }

    /** {@code binds} without {@code agencyId}; the HSE instead where no one else would be bound. */
    private static List<String> unbind(List<String> binds, String agencyId) {
        List<String> left = without(binds, agencyId::equals);
        return left.isEmpty() ? List.of("hse") : left;
    }

    private static Agreement roles(Agreement agreement, int party, LegalRole... roles) {
        return party(agreement, party, p -> PartyBuilder.builder(p).legalRoles(List.of(roles)).build());
    }

    @Test
    void theCleanExampleSatisfiesEveryRuleOfThePack() {
        Report report = GDPR.validate(CLEAN);

        assertThat(packFindings(CLEAN)).isEmpty();
        assertThat(CLEAN.claims()).containsExactly("eu-gdpr");
        assertThat(RULE_IDS).allSatisfy(id -> assertThat(report.outcomeOf(id)).map(RuleOutcome::outcome)
                .as(id).contains(Outcome.PASSED));
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                arguments("eu-gdpr.joint-arrangement", "/parties/1",
                        // Tusla bound by nothing and responsible for nothing.
                        (UnaryOperator<Agreement>) a -> edit(a)
                                .provisions(a.provisions().stream().map(p -> new Provision(p.id(), p.topic(), p.text(),
                                        unbind(p.binds(), "tusla"), p.citation())).toList())
                                .responsibilities(List.of(a.responsibilities().get(1), a.responsibilities().get(2))).build()),
                arguments("eu-gdpr.joint-data-subject-rights", "/provisions",
                        (UnaryOperator<Agreement>) a -> rebind(a, ProvisionTopic.INDIVIDUAL_RIGHTS, List.of("ogcio"))),
                arguments("eu-gdpr.joint-information-duties", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.TRANSPARENCY)),
                arguments("eu-gdpr.joint-contact-point", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.CONTACT_POINT)),
                arguments("eu-gdpr.joint-essence-available", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.ESSENCE_AVAILABLE)),
                arguments("eu-gdpr.processor-data-and-subjects", "/dataSharingProtocols/1/dataSets/0/dataSubjectCategories",
                        (UnaryOperator<Agreement>) a -> dataSet(a, 1, 0, d -> DataSetBuilder.builder(d)
                                .dataSubjectCategories(List.of()).build())),
                arguments("eu-gdpr.processor-instructions", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.PROCESSOR_INSTRUCTIONS)),
                arguments("eu-gdpr.processor-confidentiality", "/provisions",
                        (UnaryOperator<Agreement>) a -> rebind(a, ProvisionTopic.CONFIDENTIALITY, List.of("hse"))),
                arguments("eu-gdpr.processor-security", "/dataSharingProtocols/1/safeguards",
                        (UnaryOperator<Agreement>) a -> protocol(a, 1, p -> p.safeguards(List.of())
                                .encryptedAtRest(false).encryptedInTransit(false))),
                arguments("eu-gdpr.processor-subprocessors", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.SUBCONTRACTOR_FLOW_DOWN)),
                arguments("eu-gdpr.processor-rights-assistance", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.RIGHTS_REQUEST_ASSISTANCE)),
                arguments("eu-gdpr.processor-compliance-assistance", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.COMPLIANCE_ASSISTANCE)),
                arguments("eu-gdpr.processor-delete-or-return", "/dataSharingProtocols/1/disposal",
                        (UnaryOperator<Agreement>) a -> protocol(a, 1, p -> p.disposal(DisposalMethod.ARCHIVAL))),
                arguments("eu-gdpr.processor-audits", "/auditRights",
                        // An audit by the processor itself does not count.
                        (UnaryOperator<Agreement>) a -> edit(a).auditRights(List.of(new AuditRight("self-audit",
                                AuditorKind.PARTY, "ogcio", List.of("ogcio"), null, null))).build()),
                arguments("eu-gdpr.processor-infringing-instruction", "/provisions",
                        (UnaryOperator<Agreement>) a -> withoutProvision(a, ProvisionTopic.INFRINGING_INSTRUCTION_NOTICE)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("defects")
    void eachRuleFiresOnItsDefectAtTheTermWithItsCitationsAndNoOtherRuleDoes(String ruleId, String pointer,
            UnaryOperator<Agreement> defect) {
        Rule rule = new EuGdprPack().rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();

        assertThat(packFindings(defect.apply(CLEAN))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.location()).hasToString(pointer);
            assertThat(finding.hint()).isNotBlank();
            assertThat(finding.severity()).isEqualTo(rule.defaultSeverity());
            assertThat(finding.citations()).isNotEmpty().isEqualTo(rule.citations());
        });
    }

    @Test
    void withoutJointControllersTheArticle26RulesAreNotApplicable() {
        Agreement separate = roles(roles(CLEAN, 0, LegalRole.CONTROLLER), 1, LegalRole.CONTROLLER);
        Report report = GDPR.validate(withoutProvision(separate, ProvisionTopic.ESSENCE_AVAILABLE));

        assertThat(report.findingsOf("eu-gdpr.joint-essence-available")).isEmpty();
        assertThat(report.outcomeOf("eu-gdpr.joint-essence-available")).map(RuleOutcome::outcome).contains(Outcome.NOT_APPLICABLE);
        assertThat(report.outcomeOf("eu-gdpr.processor-instructions")).map(RuleOutcome::outcome).contains(Outcome.PASSED);
    }

    @Test
    void withoutAProcessorTheArticle28RulesAreNotApplicable() {
        Agreement noProcessor = roles(CLEAN, 2);
        Report report = GDPR.validate(edit(noProcessor).auditRights(List.of()).build());

        assertThat(packFindings(edit(noProcessor).auditRights(List.of()).build())).isEmpty();
        assertThat(report.outcomeOf("eu-gdpr.processor-audits")).map(RuleOutcome::outcome).contains(Outcome.NOT_APPLICABLE);
        assertThat(report.outcomeOf("eu-gdpr.joint-arrangement")).map(RuleOutcome::outcome).contains(Outcome.PASSED);
    }

    @Test
    void theProcessorMustBeBoundEvenWhenAControllerIs() {
        Agreement onlyControllers = rebind(CLEAN, ProvisionTopic.PROCESSOR_INSTRUCTIONS, List.of("hse", "tusla"));

        assertThat(packFindings(onlyControllers)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"ogcio\"").contains("processor-instructions"));
    }

    @Test
    void thePackGovernsOnlyControllersOrProcessorsInTheUnion() {
        Agreement american = edit(CLEAN).parties(CLEAN.parties().stream().map(p -> PartyBuilder.builder(p)
                .jurisdiction(Jurisdiction.parse("US-OR")).build()).toList()).build();
        Agreement broken = withoutProvision(american, ProvisionTopic.ESSENCE_AVAILABLE);

        assertThat(new EuGdprPack().applicability(CLEAN).applies()).isTrue();
        assertThat(packFindings(broken)).isEmpty();
        assertThat(GDPR.validate(broken).outcomeOf("eu-gdpr.joint-essence-available")).map(RuleOutcome::reason)
                .hasValueSatisfying(r -> assertThat(r).contains("European Union"));
        // One party in Germany is enough.
        Agreement german = party(american, 2, p -> PartyBuilder.builder(p).jurisdiction(Jurisdiction.parse("DE-BE")).build());
        assertThat(new EuGdprPack().applicability(german).applies()).isTrue();
    }

    @Test
    void thePackGovernsOnlyTheSharingOfPersonalData() {
        Agreement anonymous = CLEAN;
        for (int p = 0; p < CLEAN.dataSharingProtocols().size(); p++) {
            anonymous = dataSet(anonymous, p, 0, d -> DataSetBuilder.builder(d).personalData(false)
                    .specialCategories(List.of()).build());
        }

        assertThat(new EuGdprPack().applicability(anonymous).reason()).contains("personal data");
        assertThat(packFindings(withoutProvision(anonymous, ProvisionTopic.TRANSPARENCY))).isEmpty();
    }

    @Test
    void everyRuleCitesTheRegulationAndOnlyTheOptionalContactPointIsNotAnError() {
        for (Rule rule : new EuGdprPack().rules()) {
            assertThat(rule.citations()).as(rule.id()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.instrument()).isEqualTo("GDPR"));
            assertThat(rule.defaultSeverity()).as(rule.id())
                    .isEqualTo(rule.id().equals("eu-gdpr.joint-contact-point") ? Severity.INFO : Severity.ERROR);
        }
    }
}
