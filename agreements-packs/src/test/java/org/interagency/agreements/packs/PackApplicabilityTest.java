package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.testkit.Defects;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No pack reports on an agreement it does not govern: selected for every example document it
 * does not govern, each pack reports nothing, and each of its rules is not applicable with the
 * pack's reason. The packs of this issue govern exactly their own examples (written by hand from
 * examples/README.md).
 */
class PackApplicabilityTest {

    private static final Map<String, Set<String>> GOVERNED = Map.of(
            "eu-gdpr", Set.of("hse-tusla-child-referrals.json", "hse-tusla-child-referrals-draft.json"),
            "uk-ico-dsa", Set.of("leeds-discharge-to-assess-dsa.json", "leeds-discharge-to-assess-dsa-draft.json"),
            "us-emac", Set.of("emac-louisiana-texas-swift-water.json", "emac-louisiana-texas-swift-water-offer.json"));

    private static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(PackFixtures.EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> aPackSelectedForAnAgreementItDoesNotGovernReportsNothingAndSaysWhy() throws IOException {
        List<String> examples = examples();
        return PackDocumentsTest.packs().stream().map(pack -> DynamicTest.dynamicTest(pack.id(), () -> {
            Set<String> ruleIds = pack.rules().stream().map(Rule::id).collect(Collectors.toSet());
            for (String file : examples) {
                Agreement agreement = PackFixtures.example(file);
                RulePack.Applicability applicability = pack.applicability(agreement);
                if (applicability.applies()) {
                    continue;
                }
                Report report = PackFixtures.only(pack.id()).validate(agreement);
                assertThat(report.findings()).as(file).noneMatch(f -> ruleIds.contains(f.ruleId()));
                for (String id : ruleIds) {
                    assertThat(report.outcomeOf(id)).as(file + " " + id)
                            .contains(new RuleOutcome(id, Outcome.NOT_APPLICABLE, 0, applicability.reason()));
                }
            }
        }));
    }

    @Test
    void theNewPacksGovernExactlyTheirOwnExamples() throws IOException {
        for (RulePack pack : PackDocumentsTest.packs()) {
            if (!GOVERNED.containsKey(pack.id())) {
                continue;
            }
            Set<String> governed = new TreeSet<>();
            for (String file : examples()) {
                if (pack.applicability(PackFixtures.example(file)).applies()) {
                    governed.add(file);
                }
            }
            assertThat(governed).as(pack.id()).isEqualTo(GOVERNED.get(pack.id()));
        }
    }

    /**
     * The legal packs some of whose rules have no defect generator yet. Shrink this list as their
     * generators come; never add to it.
     */
    private static final Set<String> WITHOUT_EVERY_DEFECT = Set.of();

    @Test
    void everyRuleOfALegalPackHasADefectGeneratorThatClaimsItsPack() {
        for (RulePack pack : PackDocumentsTest.packs()) {
            if (pack.id().equals(RulePack.PRINCIPLES) || WITHOUT_EVERY_DEFECT.contains(pack.id())) {
                continue;
            }
            assertThat(pack.rules()).allSatisfy(rule -> {
                if (Defects.versionRuleIds().contains(rule.id())) {
                    return; // a rule that compares two versions has its generator in Defects.versionsOf
                }
                if (Defects.portfolioRuleIds().contains(rule.id())) {
                    return; // a rule that checks a portfolio has its generator in Defects.portfoliosOf
                }
                assertThat(Defects.ruleIds()).as(pack.id()).contains(rule.id());
                assertThat(Defects.pack(rule.id())).as(rule.id()).contains(pack.id());
            });
        }
    }

    @Test
    void everyPackStillWithoutEveryDefectLacksOne() {
        for (RulePack pack : PackDocumentsTest.packs()) {
            if (WITHOUT_EVERY_DEFECT.contains(pack.id())) {
                assertThat(pack.rules()).as(pack.id() + " has every defect: remove it from WITHOUT_EVERY_DEFECT")
                        .anyMatch(rule -> !Defects.ruleIds().contains(rule.id()) && !Defects.versionRuleIds().contains(rule.id())
                                && !Defects.portfolioRuleIds().contains(rule.id()));
            }
        }
    }
}
