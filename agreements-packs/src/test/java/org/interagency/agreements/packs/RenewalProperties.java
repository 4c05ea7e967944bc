package org.interagency.agreements.packs;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.AgreementVersions;
import org.interagency.agreements.testkit.Defects;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code us-cma.renewal-without-change} on generated agreements: a material change injected into a
 * renewal is found, the same renewal without it passes, and administrative edits never fire.
 */
class RenewalProperties {

    private static final String RULE = "us-cma.renewal-without-change";
    private static final AgreementValidator DEFAULTS = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock()).build();

    @Property(tries = 60)
    void aMaterialChangeInjectedIntoARenewalIsFound(@ForAll("changedRenewals") AgreementVersions versions) {
        assertThat(DEFAULTS.validate(versions.current(), versions.previous()).findingsOf(RULE)).isNotEmpty();
    }

    @Property(tries = 60)
    void aRenewalWithOnlyItsLineageAndAdministrativeEditsPasses(@ForAll("changedRenewals") AgreementVersions versions) {
        Agreement previous = versions.previous();
        // The same renewal, without the material change: a new lineage, new names for every party.
        Agreement renewal = AgreementBuilder.builder(previous)
                .lineage(new Lineage("2", null, new AgreementVersion(previous.id(), "1")))
                .parties(previous.parties().stream().map(p -> PartyBuilder.builder(p).name(p.name() + " (renamed)").build())
                        .toList())
                .title(previous.title() + " (renewed)")
                .build();

        assertThat(DEFAULTS.validate(renewal, previous).outcomeOf(RULE)).map(RuleOutcome::outcome).contains(Outcome.PASSED);
    }

    @Provide
    Arbitrary<AgreementVersions> changedRenewals() {
        assertThat(Defects.versionRuleIds()).contains(RULE);
        return Defects.versionsOf(RULE);
    }

    @Property(tries = 1)
    void theGeneratorsOfTwoVersionsNameRulesOfThePacks() {
        List<String> packRules = PackDocumentsTest.packs().stream().flatMap(p -> p.rules().stream()).map(r -> r.id()).toList();

        assertThat(Defects.versionRuleIds()).isNotEmpty().allSatisfy(id -> assertThat(packRules).contains(id));
    }
}
