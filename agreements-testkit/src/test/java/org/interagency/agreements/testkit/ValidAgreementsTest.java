package org.interagency.agreements.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.testkit.AgreementAssertions.assertThat;

class ValidAgreementsTest {

    @Property(tries = 200)
    void everyGeneratedAgreementIsClean(@ForAll Agreement agreement) {
        assertThat(Validators.AT_REFERENCE_DATE.validate(agreement)).isClean();
    }

    @Property(tries = 30)
    void largeGeneratedAgreementsAreCleanToo(@ForAll("large") Agreement agreement) {
        assertThat(Validators.AT_REFERENCE_DATE.validate(agreement)).isClean();
    }

    @Property(tries = 50)
    void generatedSizesStayWithinTheRequestedBounds(@ForAll("tuned") Agreement agreement) {
        assertThat(agreement.parties()).hasSizeBetween(3, 4);
        assertThat(agreement.responsibilities()).hasSizeBetween(2, 5);
        assertThat(agreement.dataSharingProtocols()).hasSizeBetween(1, 2);
        for (Responsibility responsibility : agreement.responsibilities()) {
            assertThat(responsibility.assignments()).hasSizeBetween(2, 3);
        }
    }

    @Property(tries = 50)
    void everyResponsibilityHasOneAccountableAndOneResponsibleParty(@ForAll Agreement agreement) {
        for (Responsibility responsibility : agreement.responsibilities()) {
            assertThat(responsibility.assignments()).extracting(Assignment::role)
                    .contains(RaciRole.ACCOUNTABLE, RaciRole.RESPONSIBLE);
            assertThat(responsibility.assignments()).extracting(Assignment::agencyId)
                    .allMatch(agreement.partyIds()::contains);
        }
    }

    @Property(tries = 50)
    void expiringTermsOnlyGivesEveryTermAnExpiryDate(@ForAll("expiring") Agreement agreement) {
        assertThat(agreement.term().expires()).isNotNull();
    }

    @Example
    void theOnlyEdgeCaseIsTheSmallestPlainestCleanAgreement() {
        List<Agreement> edgeCases = new ArrayList<>();
        AgreementArbitraries.agreements().edgeCases(10).forEach(shrinkable -> edgeCases.add(shrinkable.value()));

        assertThat(edgeCases).hasSize(1);
        Agreement smallest = edgeCases.get(0);
        assertThat(smallest.parties()).hasSize(2);
        assertThat(smallest.responsibilities()).hasSize(1);
        assertThat(smallest.responsibilities().get(0).assignments()).hasSize(2);
        assertThat(smallest.dataSharingProtocols()).isEmpty();
        assertThat(Validators.AT_REFERENCE_DATE.validate(smallest)).isClean();
    }

    @Provide
    Arbitrary<Agreement> large() {
        return AgreementArbitraries.agreements().withParties(8, 24).withResponsibilities(15, 30).withProtocols(2, 4)
                .withGoals(2, 6).withAssignmentsPerResponsibility(2, 8);
    }

    @Provide
    Arbitrary<Agreement> tuned() {
        return AgreementArbitraries.agreements().withParties(3, 4).withResponsibilities(2, 5).withProtocols(1, 2)
                .withAssignmentsPerResponsibility(2, 3);
    }

    @Provide
    Arbitrary<Agreement> expiring() {
        return AgreementArbitraries.agreements().withExpiringTermsOnly();
    }
}
