package org.interagency.agreements.core;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.AgreedWaiver;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidatorTest.TestRule;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.TestAgreements.floodMou;

/** A waiver the parties recorded in the agreement does what the same waiver in a waiver file does. */
class AgreedWaiverProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String RULE = "acme.findings";

    /** What a generated rule reports: findings at some of a few locations, some twice. */
    record Reported(List<Integer> sections) {
    }

    /** A waiver of the generated rule at section {@code section}, holding or expired on TODAY. */
    record Given(int section, boolean expired) {

        private LocalDate expires() {
            return expired ? TODAY.minusDays(1) : TODAY.plusDays(30);
        }

        Waiver inFile(String agreementId) {
            return new Waiver(RULE, agreementId, pointer(section).toString(), "accepted", "counsel",
                    expires().minusDays(60), expires());
        }

        AgreedWaiver inAgreement() {
            return new AgreedWaiver(RULE, pointer(section).toString(), null, "accepted", "counsel",
                    expires().minusDays(60), expires());
        }
    }

    private static JsonPointer pointer(int section) {
        return JsonPointer.of("responsibilities", section);
    }

    @Provide
    Arbitrary<Reported> reported() {
        return Arbitraries.integers().between(0, 5).list().ofMaxSize(8).map(Reported::new);
    }

    @Provide
    Arbitrary<List<Given>> waivers() {
        // At most one waiver per section: two of one finding are an error in either place.
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.of(true, false)).as(Given::new)
                .list().ofMaxSize(5).uniqueElements(Given::section);
    }

    private static Report check(Reported reported, List<Waiver> inFile, List<AgreedWaiver> inAgreement) {
        TestRule rule = new TestRule(RULE, Principle.LEADERSHIP, Severity.ERROR, (agreement, context) -> {
            for (int i = 0; i < reported.sections().size(); i++) {
                context.report(pointer(reported.sections().get(i)), "finding " + i, null);
            }
        });
        Agreement agreement = floodMou().waivers(inAgreement).build();
        return AgreementValidator.builder().discoverRules(false).addRule(rule).disable(Finding.BEAN_VALIDATION_RULE_ID)
                .clock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .waivers(inFile)
                .build().validate(agreement);
    }

    private static String agreementId() {
        return floodMou().build().id();
    }

    @Property(tries = 300)
    void aWaiverInTheAgreementHasExactlyTheEffectOfTheSameWaiverInAFile(@ForAll("reported") Reported reported,
            @ForAll("waivers") List<Given> given) {
        Report fromFile = check(reported, given.stream().map(g -> g.inFile(agreementId())).toList(), List.of());
        Report fromAgreement = check(reported, List.of(), given.stream().map(Given::inAgreement).toList());

        List<Finding> filed = fromFile.findingsOf(RULE);
        List<Finding> agreed = fromAgreement.findingsOf(RULE);
        assertThat(agreed).hasSameSizeAs(filed);
        for (int i = 0; i < agreed.size(); i++) {
            Finding finding = agreed.get(i);
            assertThat(finding.withWaiver(null)).isEqualTo(filed.get(i).withWaiver(null));
            assertThat(finding.isWaived()).isEqualTo(filed.get(i).isWaived());
            if (finding.isWaived()) {
                assertThat(finding.waiver().origin()).isEqualTo(Waiver.Origin.AGREEMENT);
                assertThat(finding.waiver().withOrigin(Waiver.Origin.EXTERNAL)).isEqualTo(filed.get(i).waiver());
            }
        }
        for (String engine : List.of(AgreementValidator.WAIVER_EXPIRED_ID, AgreementValidator.WAIVER_UNUSED_ID)) {
            assertThat(fromAgreement.findingsOf(engine)).hasSameSizeAs(fromFile.findingsOf(engine));
        }
        assertThat(fromAgreement.activeCounts()).isEqualTo(fromFile.activeCounts());
        assertThat(fromAgreement.hasErrors()).isEqualTo(fromFile.hasErrors());
        assertThat(fromAgreement.outcomes()).isEqualTo(fromFile.outcomes());
    }

    @Property(tries = 300)
    void aWaiverInTheAgreementNeverChangesTheSetOfFindingsOnlyTheirState(@ForAll("reported") Reported reported,
            @ForAll("waivers") List<Given> given) {
        List<Finding> without = check(reported, List.of(), List.of()).findingsOf(RULE);
        List<Finding> with = check(reported, List.of(), given.stream().map(Given::inAgreement).toList())
                .findingsOf(RULE);

        assertThat(with).hasSameSizeAs(without);
        for (int i = 0; i < with.size(); i++) {
            Finding finding = with.get(i);
            assertThat(finding.withWaiver(null)).isEqualTo(without.get(i));
            boolean heldAtItsLocation = given.stream()
                    .anyMatch(g -> !g.expired() && pointer(g.section()).equals(finding.location()));
            assertThat(finding.isWaived()).isEqualTo(heldAtItsLocation);
        }
    }

    @Property(tries = 200)
    void wherePlacesOverlapTheAgreementsWaiverWinsAndEachFindingIsWaivedOnce(@ForAll("reported") Reported reported,
            @ForAll("waivers") List<Given> inFile, @ForAll("waivers") List<Given> inAgreement) {
        Report report = check(reported, inFile.stream().map(g -> g.inFile(agreementId())).toList(),
                inAgreement.stream().map(Given::inAgreement).toList());

        long repeated = inFile.stream().filter(f -> inAgreement.stream().anyMatch(a -> a.section() == f.section()))
                .count();
        assertThat(report.findingsOf(AgreementValidator.WAIVER_DUPLICATE_ID)).hasSize((int) repeated);
        for (Finding finding : report.findingsOf(RULE)) {
            boolean agreedHolds = inAgreement.stream()
                    .anyMatch(g -> !g.expired() && pointer(g.section()).equals(finding.location()));
            boolean fileAlone = inAgreement.stream().noneMatch(g -> pointer(g.section()).equals(finding.location()))
                    && inFile.stream().anyMatch(g -> !g.expired() && pointer(g.section()).equals(finding.location()));
            assertThat(finding.isWaived()).isEqualTo(agreedHolds || fileAlone);
            if (agreedHolds) {
                assertThat(finding.waiver().isAgreed()).isTrue();
            }
        }
    }
}
