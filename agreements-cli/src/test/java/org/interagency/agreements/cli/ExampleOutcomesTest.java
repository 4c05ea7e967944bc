package org.interagency.agreements.cli;

import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleOutcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in rule (of the principles; the legal packs' rules are checked in agreements-packs)
 * explains itself on every example: FOUND exactly for the rules whose findings
 * examples/README.md lists, NOT_APPLICABLE exactly where the example gives the rule nothing to
 * check (written below from reading the examples), and PASSED for the rest. No rule says PASSED
 * where it had nothing to look at.
 */
class ExampleOutcomesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    /**
     * No example gives an assignment a period of its own, nor a party a parent agency; and none but
     * the general terms and conditions says which version of its agreement it is.
     */
    private static final Set<String> NOTHING_IN_ANY_EXAMPLE = Set.of("roles.assignment-outside-term", "parties.parent-cycle",
            "versions.lineage");

    /** The rules about data-sharing protocols, where an example shares no data. */
    private static final Set<String> NO_DATA_SHARING = Set.of("data.party-not-in-agreement", "data.no-recipients",
            "data.personal-onward-sharing", "data.protected-unencrypted", "data.protected-without-breach-window",
            "data.protected-without-legal-basis", "data.protected-without-retention", "data.retention-without-disposal",
            "training.party-untrained-on-protocol");

    /** The rules about an agreement in force, where an example is a draft or proposed. */
    private static final Set<String> NOT_IN_FORCE = Set.of("leadership.in-force-unsigned", "term.expired-in-force",
            "learning.review-overdue");

    /** The rule about reviews held, where an example has held none by 2026-12-01. */
    private static final Set<String> NO_REVIEW_HELD = Set.of("learning.review-without-lessons");

    /** What each example gives no rule to check, from reading it. */
    private static final Map<String, Set<String>> NOT_APPLICABLE = Map.ofEntries(
            // An in-force acquisition between two agencies, no data sharing.
            Map.entry("blm-usace-interagency-acquisition.yaml", union(NO_DATA_SHARING)),
            // The same order in full, in force and reviewed, and its proposed draft (reviews copied with it).
            Map.entry("blm-usace-economy-act-order.yaml", union(NO_DATA_SHARING)),
            Map.entry("blm-usace-economy-act-order-draft.yaml", union(NO_DATA_SHARING, NOT_IN_FORCE)),
            // The general terms and conditions the order is placed under, in force and reviewed; the one
            // example that says which version it is (version 1, superseding nothing), which versions.lineage checks.
            Map.entry("blm-usace-ely-gtc.yaml", except(union(NO_DATA_SHARING), "versions.lineage")),
            // A proposed matching agreement with no review yet.
            Map.entry("computer-matching-ssa-calfresh-overlong-draft.json", union(NOT_IN_FORCE, NO_REVIEW_HELD)),
            // The matching agreement in force, reviewed on 2026-11-20: every rule but the two above has something to check.
            Map.entry("computer-matching-ssa-calfresh.json", union()),
            Map.entry("harris-county-flood-response-mou.yaml", union(NO_DATA_SHARING)),
            // The EHR-hosting memorandum in force, reviewed on 2026-09-29; its vendor draft, never reviewed.
            Map.entry("multnomah-health-ehr-hosting-mou.json", union()),
            Map.entry("multnomah-health-vendor-hosting-mou-draft.json", union(NOT_IN_FORCE, NO_REVIEW_HELD)),
            // A draft data-sharing agreement, never reviewed.
            Map.entry("health-social-services-data-sharing.json", union(NOT_IN_FORCE, NO_REVIEW_HELD)),
            Map.entry("williamson-county-fire-mutual-aid.yaml", union(NO_DATA_SHARING)),
            // The GDPR arrangement and the ICO agreement in force, both reviewed in 2026; their drafts, never reviewed.
            Map.entry("hse-tusla-child-referrals.json", union()),
            Map.entry("hse-tusla-child-referrals-draft.json", union(NOT_IN_FORCE, NO_REVIEW_HELD)),
            Map.entry("leeds-discharge-to-assess-dsa.json", union()),
            Map.entry("leeds-discharge-to-assess-dsa-draft.json", union(NOT_IN_FORCE, NO_REVIEW_HELD)),
            // The EMAC mission in force, reviewed on 2026-11-28, and the offer before it; no data sharing.
            Map.entry("emac-louisiana-texas-swift-water.json", union(NO_DATA_SHARING)),
            Map.entry("emac-louisiana-texas-swift-water-offer.json", union(NO_DATA_SHARING, NOT_IN_FORCE, NO_REVIEW_HELD)));

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>(NOTHING_IN_ANY_EXAMPLE);
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    private static Set<String> except(Set<String> set, String ruleId) {
        Set<String> all = new HashSet<>(set);
        all.remove(ruleId);
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInRuleHasTheOutcomeTheExampleCallsFor() {
        AgreementValidator validator = AgreementValidator.builder()
                .clock(Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
        Map<String, List<ExampleDocumentsTest.Expected>> readme = ExampleDocumentsTest.readme();
        assertThat(NOT_APPLICABLE.keySet()).containsExactlyInAnyOrderElementsOf(readme.keySet());
        return new TreeMap<>(readme).entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Report report = validator.validate(
                    AgreementJson.defaults().read(DocumentSource.of(Cli.example(entry.getKey()))).agreement());
            Set<String> found = entry.getValue().stream().map(ExampleDocumentsTest.Expected::ruleId)
                    .collect(Collectors.toSet());
            Set<String> notApplicable = NOT_APPLICABLE.get(entry.getKey());

            assertThat(report.outcomes()).extracting(RuleOutcome::ruleId)
                    .containsAll(validator.rules().stream().map(r -> r.id()).toList());
            Set<String> builtIn = validator.rules().stream().map(r -> r.id()).collect(Collectors.toSet());
            builtIn.add(Finding.BEAN_VALIDATION_RULE_ID);
            for (RuleOutcome outcome : report.outcomes()) {
                if (!builtIn.contains(outcome.ruleId())) {
                    // A legal pack's rule (run because the example claims its pack): agreements-packs checks those.
                    continue;
                }
                Outcome expected = found.contains(outcome.ruleId()) ? Outcome.FOUND
                        : notApplicable.contains(outcome.ruleId()) ? Outcome.NOT_APPLICABLE
                        : Outcome.PASSED;
                assertThat(outcome.outcome()).as(outcome.ruleId()).isEqualTo(expected);
                if (expected == Outcome.NOT_APPLICABLE) {
                    assertThat(outcome.reason()).as(outcome.ruleId() + " says why").isNotBlank();
                }
            }
        }));
    }
}
