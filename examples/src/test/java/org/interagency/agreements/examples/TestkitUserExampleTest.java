package org.interagency.agreements.examples;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.testkit.AgreementArbitraries;
import org.interagency.agreements.testkit.Defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.testkit.AgreementAssertions.assertThat;

/**
 * How a team that builds on agreements tests its own code with the testkit, using nothing but its
 * public API: {@code @ForAll Agreement} works with no set-up, defects come from {@link Defects},
 * and reports are checked with {@code AgreementAssertions}.
 */
class TestkitUserExampleTest {

    // Generated agreements are valid on the testkit's reference date: check them on that day.
    // They are clean under the built-in rules; this module's own state rule (found with
    // ServiceLoader, see HotlineRequiredRule) is not the testkit's business, so it is off here.
    private final AgreementValidator validator = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock())
            .disable(HotlineRequiredRule.ID)
            .build();

    @Property(tries = 50)
    void everyGeneratedAgreementIsClean(@ForAll Agreement agreement) {
        assertThat(validator.validate(agreement)).isClean();
    }

    @Property(tries = 50)
    void everyResponsibilityHasAnAccountableAgency(@ForAll Agreement agreement) {
        for (Responsibility responsibility : agreement.responsibilities()) {
            assertThat(responsibility.assignments())
                    .as(responsibility.id())
                    .anyMatch(assignment -> assignment.role() == RaciRole.ACCOUNTABLE);
        }
    }

    @Property(tries = 30)
    void anInjectedAccountableOverlapIsFound(@ForAll("accountableOverlaps") Agreement agreement) {
        assertThat(validator.validate(agreement))
                .hasFinding("roles.accountable-overlap");
    }

    @Provide
    Arbitrary<Agreement> accountableOverlaps() {
        return Defects.of("roles.accountable-overlap");
    }
}
