package org.interagency.agreements.packs;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.Term;
import org.interagency.agreements.TermBuilder;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.core.PortfolioReport;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.packs.PackFixtures.edit;
import static org.interagency.agreements.packs.PackFixtures.party;

/**
 * {@code us-iaa.order-within-gtc} on the example pair of examples/agreements: the Economy Act order
 * and the general terms and conditions it names, checked together as a portfolio; and on copies
 * of the order that run outside the GT&C's period, between other agencies, or name GT&C the
 * portfolio does not hold.
 */
class OrderWithinGeneralTermsTest {

    private static final String RULE = "us-iaa.order-within-gtc";
    /** The order claims us-iaa, so the default validator runs the pack on it, as `check --portfolio` does. */
    private static final AgreementValidator DEFAULTS = AgreementValidator.builder()
            .clock(java.time.Clock.fixed(PackFixtures.AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                    java.time.ZoneOffset.UTC)).build();
    private static final Agreement GTC = PackFixtures.example("blm-usace-ely-gtc.yaml");
    private static final Agreement ORDER = PackFixtures.example("blm-usace-economy-act-order.yaml");

    private static List<PortfolioFinding> ruleFindings(Agreement... portfolio) {
        PortfolioReport report = DEFAULTS.validatePortfolio(List.of(portfolio));
        return report.findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
    }

    private static Agreement term(Agreement agreement, UnaryOperator<TermBuilder> change) {
        Term term = change.apply(TermBuilder.builder(agreement.term())).build();
        return edit(agreement).term(term).build();
    }

    @Test
    void theExampleOrderNamesTheExampleGeneralTermsAndTheTwoAreClean() {
        PortfolioReport report = DEFAULTS.validatePortfolio(List.of(GTC, ORDER));

        assertThat(ORDER.generalTerms()).isEqualTo(new AgreementVersion("blm-usace-ely-gtc", "1"));
        assertThat(GTC.lineage()).isEqualTo(new Lineage("1", null, null));
        assertThat(report.isClean()).isTrue();
    }

    @Test
    void anOrderThatStartsBeforeItsGeneralTermsIsReportedAtItsEffectiveDate() {
        Agreement early = term(ORDER, t -> t.effective(LocalDate.of(2025, 9, 30)));

        assertThat(ruleFindings(GTC, early)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(new AgreementLocation(ORDER.id(), JsonPointer.of("term", "effective")));
            assertThat(f.related()).containsExactly(new AgreementLocation(GTC.id(), JsonPointer.of("term", "effective")));
            assertThat(f.message()).contains("2025-09-30").contains("2025-10-01");
            assertThat(f.hint()).isNotBlank();
            assertThat(f.fingerprint()).isNotBlank();
        });
    }

    @Test
    void anOrderThatEndsAfterItsGeneralTermsIsReportedAtItsExpiry() {
        Agreement late = term(ORDER, t -> t.expires(LocalDate.of(2030, 10, 1)));

        assertThat(ruleFindings(GTC, late)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new AgreementLocation(ORDER.id(), JsonPointer.of("term", "expires")));
            assertThat(f.related()).containsExactly(new AgreementLocation(GTC.id(), JsonPointer.of("term", "expires")));
        });
    }

    @Test
    void anOrderOnTheLastDaysOfItsGeneralTermsIsWithinThem() {
        Agreement sameDays = term(ORDER, t -> t.effective(LocalDate.of(2025, 10, 1)).expires(LocalDate.of(2030, 9, 30)));

        assertThat(ruleFindings(GTC, sameDays)).isEmpty();
    }

    @Test
    void anOpenEndedOrderUnderGeneralTermsThatEndIsReported() {
        Agreement openEnded = term(ORDER, t -> t.expires(null));

        assertThat(ruleFindings(GTC, openEnded)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no end date"));
    }

    @Test
    void anOrderWithAnotherServicingAgencyIsReportedAtItsParties() {
        Agreement otherServicing = party(ORDER, 1, p -> PartyBuilder.builder(p).agencyId("usace-spl").build());

        assertThat(ruleFindings(GTC, otherServicing)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new AgreementLocation(ORDER.id(), JsonPointer.of("parties")));
            assertThat(f.related()).containsExactly(new AgreementLocation(GTC.id(), JsonPointer.of("parties")));
            assertThat(f.message()).contains("servicing").contains("\"usace-spl\"").contains("\"usace-spk\"");
        });
    }

    @Test
    void anOrderWhoseGeneralTermsAreNotInThePortfolioIsReportedAtTheReference() {
        assertThat(ruleFindings(ORDER)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new AgreementLocation(ORDER.id(), JsonPointer.of("generalTerms")));
            assertThat(f.message()).contains("\"blm-usace-ely-gtc@1\"").contains("not in the portfolio");
        });
    }

    @Test
    void anOrderThatNamesAnotherVersionOfItsGeneralTermsIsNotCheckedAgainstThisOne() {
        Agreement amendedTerms = edit(GTC).lineage(new Lineage("2", new AgreementVersion(GTC.id(), "1"), null)).build();
        Agreement late = term(ORDER, t -> t.expires(LocalDate.of(2031, 1, 1)));

        assertThat(ruleFindings(amendedTerms, late)).singleElement().satisfies(f -> {
            assertThat(f.location().pointer()).isEqualTo(JsonPointer.of("generalTerms"));
            assertThat(f.related()).containsExactly(new AgreementLocation(GTC.id(), JsonPointer.of("lineage", "version")));
            assertThat(f.message()).contains("version \"1\"").contains("version \"2\"");
        });
    }

    @Test
    void versionOneIsVersionOnePointZero() {
        Agreement onePointZero = edit(GTC).lineage(new Lineage("1.0", null, null)).build();

        assertThat(ruleFindings(onePointZero, ORDER)).isEmpty();
    }

    @Test
    void anOrderOfAKindThePackDoesNotGovernIsNotReported() {
        Agreement mou = edit(term(ORDER, t -> t.expires(LocalDate.of(2031, 1, 1))))
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING).build();

        assertThat(ruleFindings(GTC, mou)).isEmpty();
    }

    @Test
    void aPortfolioWithoutTheRulesPackRunsNoneOfIt() {
        Agreement unclaimed = edit(term(ORDER, t -> t.expires(LocalDate.of(2031, 1, 1)))).claims(List.of()).build();

        assertThat(ruleFindings(GTC, unclaimed)).isEmpty();
    }

    @Test
    void checkedAloneAnOrderThatNamesItsGeneralTermsIsUnknownAndOneThatNamesNoneIsNotApplicable() {
        assertThat(DEFAULTS.validate(ORDER).outcomeOf(RULE)).map(RuleOutcome::outcome).contains(Outcome.UNKNOWN);
        assertThat(DEFAULTS.validate(edit(ORDER).generalTerms(null).build()).outcomeOf(RULE)).map(RuleOutcome::outcome)
                .contains(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aDisabledRuleChecksNoPortfolio() {
        Agreement late = term(ORDER, t -> t.expires(LocalDate.of(2031, 1, 1)));
        AgreementValidator without = AgreementValidator.builder().disable(RULE).build();

        assertThat(without.validatePortfolio(List.of(GTC, late)).findings()).noneMatch(f -> f.ruleId().equals(RULE));
    }

    @Test
    void aMalformedReferenceIsAConstraintViolationAndIsComparedAsWritten() {
        Agreement malformed = edit(ORDER).generalTerms(new AgreementVersion("blm-usace-ely-gtc", "one")).build();
        Agreement terms = edit(GTC).lineage(new Lineage("one", null, null)).build();

        assertThat(DEFAULTS.validate(malformed).findingsOf("model.constraint"))
                .extracting(f -> f.location().toString()).contains("/generalTerms/version");
        assertThat(ruleFindings(terms, malformed)).isEmpty();
        assertThat(ruleFindings(GTC, malformed)).singleElement()
                .satisfies(f -> assertThat(f.location().pointer()).isEqualTo(JsonPointer.of("generalTerms")));
    }
}
