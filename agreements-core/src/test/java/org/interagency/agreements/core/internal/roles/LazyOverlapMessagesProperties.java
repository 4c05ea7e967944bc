package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.core.internal.FindingCollector;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overlap rules report with lazy messages and shared pointers exactly what the old path
 * ({@link OldOverlapReporting}, kept as the oracle) reported: the same findings, in the same
 * order, with the same text once read.
 */
class LazyOverlapMessagesProperties {

    @Provide
    Arbitrary<Agreement> agreements() {
        return RandomAgreements.agreements();
    }

    @Property(tries = 300)
    void accountableOverlapFindingsEqualTheOldEagerPath(@ForAll("agreements") Agreement agreement) {
        assertSameAsOldPath(new AccountableOverlapRule(), agreement);
    }

    @Property(tries = 300)
    void responsibleDuplicateFindingsEqualTheOldEagerPath(@ForAll("agreements") Agreement agreement) {
        assertSameAsOldPath(new ResponsibleDuplicateRule(), agreement);
    }

    @Property(tries = 300)
    void overlapRulesReportInTheReportsOrder(@ForAll("agreements") Agreement agreement) {
        for (Rule rule : List.of(new AccountableOverlapRule(), new ResponsibleDuplicateRule())) {
            FindingCollector collector = new FindingCollector(rule.id(), rule.defaultSeverity(), LocalDate.of(2026, 6, 1));
            rule.check(agreement, collector);

            // So that the report's sort meets one ascending run.
            assertThat(collector.findings()).isSortedAccordingTo(Finding.ORDER);
        }
    }

    @Property(tries = 200)
    void rankingResponsibilitiesByIdPicksTheSameFirstRows(@ForAll("agreements") Agreement agreement) {
        // Repeated ids too (a defect another rule reports): equal ids must rank equal.
        List<Responsibility> renamed = new ArrayList<>();
        for (int r = 0; r < agreement.responsibilities().size(); r++) {
            Responsibility responsibility = agreement.responsibilities().get(r);
            renamed.add(new Responsibility("r" + r % 3, responsibility.scope(), responsibility.description(),
                    responsibility.assignments()));
        }
        for (Agreement variant : List.of(agreement, AgreementBuilder.builder(agreement).responsibilities(renamed).build())) {
            AssignmentTable table = AssignmentTable.EVERY_ROLE.derive(variant);
            Overlaps ranked = Overlaps.of(table, Integer.MAX_VALUE);
            for (int a = 0; a < table.size; a++) {
                for (int b = 0; b < table.size; b++) {
                    assertThat(ranked.first(a, b)).isEqualTo(Overlaps.first(table, a, b));
                }
            }
        }
    }

    @Property(tries = 200)
    void overlapMessagesCompareAsTheirTexts(@ForAll("agreements") Agreement agreement) {
        AssignmentTable table = AssignmentTable.EVERY_ROLE.derive(agreement);
        OverlapMessage.Texts texts = new OverlapMessage.Texts(table, "accountable", "the agreement's whole territory", "");
        List<OverlapMessage> all = new ArrayList<>();
        for (int first = 0; first < table.size; first++) {
            // Messages at one location share their first row: those a report's sort compares.
            List<OverlapMessage> atFirst = new ArrayList<>();
            for (int second = 0; second < table.size; second++) {
                if (second != first) {
                    atFirst.add(new OverlapMessage(texts, first, second));
                }
            }
            assertComparedAsTexts(atFirst, atFirst);
            all.addAll(atFirst);
        }
        assertComparedAsTexts(all, all.subList(0, Math.min(all.size(), 40)));
    }

    @Property(tries = 200)
    void messagesAtOneRowWithOneSecondAgencyCompareAsTheirTexts(@ForAll("agreements") Agreement agreement) {
        AssignmentTable table = AssignmentTable.EVERY_ROLE.derive(agreement);
        OverlapMessage.Texts texts = new OverlapMessage.Texts(table, "accountable", "the agreement's whole territory", "");
        for (int first = 0; first < table.size; first++) {
            for (int a = 0; a < table.size; a++) {
                for (int b = 0; b < table.size; b++) {
                    if (a == first || b == first || !table.agencies.get(table.agency[a]).equals(table.agencies.get(table.agency[b]))) {
                        continue;
                    }
                    String x = new OverlapMessage(texts, first, a).get();
                    String y = new OverlapMessage(texts, first, b).get();
                    assertThat(Integer.signum(OverlapMessage.compareAtRow(texts, first, a, b)))
                            .as("%s vs %s", x, y)
                            .isEqualTo(Integer.signum(x.compareTo(y)));
                }
            }
        }
    }

    private static void assertComparedAsTexts(List<OverlapMessage> messages, List<OverlapMessage> others) {
        for (OverlapMessage x : messages) {
            for (OverlapMessage y : others) {
                assertThat(Integer.signum(x.compareText(y)))
                        .as("%s vs %s", x.get(), y.get())
                        .isEqualTo(Integer.signum(x.get().compareTo(y.get())));
            }
        }
    }

    private static void assertSameAsOldPath(Rule rule, Agreement agreement) {
        List<Finding> lazy = Check.findings(rule, agreement);
        List<Finding> old = new Report(OldOverlapReporting.findings(rule, agreement)).findings();

        // Finding.equals compares every part, the messages as text; toString shows the text on failure.
        assertThat(lazy).containsExactlyElementsOf(old);
        assertThat(lazy).extracting(Finding::toString).containsExactlyElementsOf(old.stream().map(Finding::toString).toList());
    }
}
