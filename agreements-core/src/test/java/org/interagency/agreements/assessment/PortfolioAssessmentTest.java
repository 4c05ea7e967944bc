package org.interagency.agreements.assessment;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Principle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portfolio view: each agreement's profile, and each agency's weakest level per principle across them. */
class PortfolioAssessmentTest {

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();

    @Test
    void anAgencysProfileIsItsWeakestLevelAcrossTheAgreementsItIsPartyTo() {
        Agreement complete = RubricCriteriaTest.complete().build();
        // Only agency a has a sponsor: leadership falls to 2 (specified) by assess.p10.l3.every-party-sponsor.
        Agreement lessLed = RubricCriteriaTest.complete().id("less-led")
                .sponsors(List.of(new Sponsor("a", "Sponsor A", "Director"))).build();

        PortfolioAssessment portfolio = Rubric.builtIn().assessPortfolio(List.of(complete, lessLed), VALIDATOR);

        assertThat(portfolio.agreements()).containsOnlyKeys("complete", "less-led");
        assertThat(portfolio.agreements().get("less-led").level(Principle.LEADERSHIP)).isEqualTo(DocumentedLevel.SPECIFIED);
        assertThat(portfolio.agencies()).containsOnlyKeys("a", "b", "c");
        PortfolioAssessment.AgencyProfile b = portfolio.agencies().get("b");
        assertThat(b.agreementIds()).containsExactly("complete", "less-led");
        assertThat(b.weakest().get(Principle.LEADERSHIP)).isEqualTo(DocumentedLevel.SPECIFIED);
        assertThat(b.weakest().get(Principle.SHARED_VISION)).isEqualTo(DocumentedLevel.SUSTAINED);
        assertThat(b.weakestPrinciples()).containsExactly(Principle.LEADERSHIP);
    }

    @Test
    void rejectsTwoAgreementsWithOneId() {
        Agreement complete = RubricCriteriaTest.complete().build();
        assertThatThrownBy(() -> Rubric.builtIn().assessPortfolio(List.of(complete, complete), VALIDATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("complete");
    }
}
