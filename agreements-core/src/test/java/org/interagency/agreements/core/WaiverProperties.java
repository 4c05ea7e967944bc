package org.interagency.agreements.core;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.TestAgreements.floodMou;

/** Waivers change the state of findings, never the findings themselves. */
class WaiverProperties {

    private static final Agreement MOU = floodMou().build();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String RULE = "acme.findings";

    /** What a generated rule reports: findings at some of a few locations, some twice. */
    record Reported(List<Integer> sections) {
    }

    /** A waiver of the generated rule at section {@code section}, holding or expired on TODAY. */
    record Given(int section, boolean expired) {
        Waiver waiver() {
            LocalDate expires = expired ? TODAY.minusDays(1) : TODAY.plusDays(30);
            return new Waiver(RULE, MOU.id(), pointer(section).toString(), "accepted", "counsel",
                    expires.minusDays(60), expires);
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
        // At most one waiver per section: two of one finding are rejected when the validator is built.
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.of(true, false)).as(Given::new)
                .list().ofMaxSize(5).uniqueElements(Given::section);
    }

    @Provide
    Arbitrary<List<Given>> holdingWaivers() {
        return Arbitraries.integers().between(0, 7).map(section -> new Given(section, false))
                .list().ofMaxSize(5).uniqueElements(Given::section);
    }

    private static Report check(Reported reported, List<Given> given) {
        TestRule rule = new TestRule(RULE, Principle.LEADERSHIP, Severity.ERROR, (agreement, context) -> {
            for (int i = 0; i < reported.sections().size(); i++) {
                context.report(pointer(reported.sections().get(i)), "finding " + i, null);
            }
        });
        return AgreementValidator.builder().discoverRules(false).addRule(rule).disable(Finding.BEAN_VALIDATION_RULE_ID)
                .clock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .waivers(given.stream().map(Given::waiver).toList())
                .build().validate(MOU);
    }

    private static List<Finding> ofTheRule(Report report) {
        return report.findingsOf(RULE);
    }

    @Property(tries = 300)
    void aWaiverNeverChangesTheSetOfFindingsOnlyTheirState(@ForAll("reported") Reported reported,
            @ForAll("waivers") List<Given> given) {
        List<Finding> without = ofTheRule(check(reported, List.of()));
        List<Finding> with = ofTheRule(check(reported, given));

        assertThat(with).hasSameSizeAs(without);
        for (int i = 0; i < with.size(); i++) {
            Finding finding = with.get(i);
            assertThat(finding.withWaiver(null)).isEqualTo(without.get(i));
            boolean heldAtItsLocation = given.stream()
                    .anyMatch(g -> !g.expired() && pointer(g.section()).equals(finding.location()));
            assertThat(finding.isWaived()).isEqualTo(heldAtItsLocation);
        }
    }

    @Property(tries = 300)
    void waivingThenUnwaivingIsTheIdentity(@ForAll("reported") Reported reported,
            @ForAll("holdingWaivers") List<Given> given) {
        Report without = check(reported, List.of());
        Report with = check(reported, given);

        List<Finding> unwaived = with.findings().stream()
                .filter(f -> !f.ruleId().equals(AgreementValidator.WAIVER_UNUSED_ID))
                .map(f -> f.withWaiver(null)).toList();

        assertThat(new Report(unwaived, with.outcomes())).isEqualTo(without);
    }

    @Property(tries = 300)
    void anExpiredWaiverBehavesAsNoWaiverPlusOneExpiredFinding(@ForAll("reported") Reported reported,
            @ForAll("holdingWaivers") List<Given> holding, @ForAll int sectionSeed) {
        // One more waiver, expired, at a section no holding waiver names.
        Map<Integer, Given> bySection = new LinkedHashMap<>();
        holding.forEach(g -> bySection.put(g.section(), g));
        int section = Math.floorMod(sectionSeed, 8);
        bySection.remove(section);
        List<Given> without = new ArrayList<>(bySection.values());
        List<Given> withExpired = new ArrayList<>(without);
        withExpired.add(new Given(section, true));

        Report base = check(reported, without);
        Report expired = check(reported, withExpired);

        assertThat(expired.findingsOf(AgreementValidator.WAIVER_EXPIRED_ID)).hasSize(1);
        List<Finding> rest = expired.findings().stream()
                .filter(f -> !f.ruleId().equals(AgreementValidator.WAIVER_EXPIRED_ID)).toList();
        assertThat(rest).isEqualTo(base.findings());
        assertThat(expired.outcomes()).isEqualTo(base.outcomes());
    }
}
