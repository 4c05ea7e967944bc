package org.interagency.agreements.testkit;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.rules.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generators of agreements that satisfy a pack, as far as the testkit can tell without the
 * packs (agreements-packs checks them with the real rules): the packs there are generators for,
 * what an unknown id says, and that the agreements claim their pack.
 */
class SatisfyingTest {

    @Test
    void thereIsAGeneratorForEveryBuiltInLegalPack() {
        assertThat(AgreementArbitraries.satisfiablePackIds())
                .containsExactly("eu-gdpr", "uk-ico-dsa", "us-cma", "us-emac", "us-hipaa", "us-iaa");
    }

    @Test
    void anUnknownPackIdIsRejectedWithTheNearestSuggestedAndAllListed() {
        assertThatThrownBy(() -> AgreementArbitraries.satisfying("us-iaaa"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no generator of agreements that satisfy the pack \"us-iaaa\" (did you mean \"us-iaa\"?);"
                        + " there are generators for eu-gdpr, uk-ico-dsa, us-cma, us-emac, us-hipaa, us-iaa");
    }

    @Test
    void aPackIdFarFromEveryOneIsRejectedWithoutASuggestion() {
        assertThatThrownBy(() -> AgreementArbitraries.satisfying("roles"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no generator of agreements that satisfy the pack \"roles\"; there are generators for ");
    }

    @Test
    void theAgreementsClaimTheirPackAndHaveItsKindAndParties() {
        for (Agreement order : DefectsTest.sample(AgreementArbitraries.satisfying("us-iaa"), 5)) {
            assertThat(order.claims()).containsExactly("us-iaa");
            assertThat(order.kind()).isEqualTo(AgreementKind.INTERAGENCY_AGREEMENT);
            assertThat(order.parties().get(0).hasRole(PartyRole.REQUESTING)).isTrue();
            assertThat(order.parties().get(1).roles()).containsExactly(PartyRole.SERVICING);
        }
        for (Agreement matching : DefectsTest.sample(AgreementArbitraries.satisfying("us-cma"), 6)) {
            assertThat(matching.claims()).containsExactly("us-cma");
            assertThat(matching.kind()).isEqualTo(AgreementKind.COMPUTER_MATCHING_AGREEMENT);
        }
    }

    @Test
    void theEditsKeepTheModelValidAndEveryReferenceResolved() {
        // The testkit's tests have no packs; the principles' rules still check the model and its references.
        for (String pack : AgreementArbitraries.satisfiablePackIds()) {
            for (Agreement agreement : DefectsTest.sample(AgreementArbitraries.satisfying(pack), pack.hashCode())) {
                Report report = Validators.AT_REFERENCE_DATE.validate(agreement);
                assertThat(report.findings()).as("%s: %s", pack, agreement.id())
                        .noneMatch(f -> f.ruleId().equals("model.constraint") || f.ruleId().startsWith("refs."));
            }
        }
    }
}
