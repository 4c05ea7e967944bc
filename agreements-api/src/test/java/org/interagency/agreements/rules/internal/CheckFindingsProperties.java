package org.interagency.agreements.rules.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The findings of a check, some added one by one and some as runs already in report order, are
 * ordered by a report exactly as sorting them all would order them, and a run is read only where
 * other findings fall between its own.
 */
class CheckFindingsProperties {

    /** Findings that often tie on location and rule. */
    @Provide
    Arbitrary<List<Finding>> findings() {
        Arbitrary<JsonPointer> locations = Arbitraries.integers().between(0, 12)
                .flatMap(r -> Arbitraries.integers().between(0, 3).map(a -> a == 3 ? JsonPointer.of("responsibilities", r)
                        : JsonPointer.of("responsibilities", r, "assignments", a)));
        return Combinators.combine(Arbitraries.of("roles.accountable-overlap", "roles.responsible-duplicate", "model.constraint"),
                        Arbitraries.of("agencies \"a\" and \"b\"", "agencies \"a\" and \"c\"", "x"), locations,
                        locations.list().ofMaxSize(1))
                .as((rule, message, location, related) -> new Finding(rule, Severity.ERROR, message, location, related, null))
                .list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void aReportOrdersSinglesAndRunsAsItSortsThemAll(@ForAll("findings") List<Finding> findings,
            @ForAll("cuts") List<Integer> cuts) {
        CheckFindings check = new CheckFindings();
        List<Finding> added = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= cuts.size() && from < findings.size(); k++) {
            int to = k < cuts.size() ? Math.min(findings.size(), from + cuts.get(k)) : findings.size();
            List<Finding> part = findings.subList(from, to);
            if (k % 2 == 0) {
                part.forEach(check::add);
            } else {
                List<Finding> run = new ArrayList<>(part);
                run.sort(Finding.ORDER);
                check.addInOrder(List.copyOf(run));
            }
            added.addAll(part);
            from = to;
        }
        List<Finding> sorted = new ArrayList<>(added);
        sorted.sort(Finding.ORDER);

        assertThat(check).hasSameSizeAs(added);
        assertThat(new Report(check).findings()).containsExactlyElementsOf(sorted);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 20).list().ofMaxSize(6);
    }

    @Test
    void aRunNoOtherFindingFallsIntoIsReadAtItsEndsOnly() {
        List<Finding> findings = new ArrayList<>();
        for (int r = 0; r < 1000; r++) {
            findings.add(finding(JsonPointer.of("responsibilities", 5, "assignments", r)));
        }
        CountingList run = new CountingList(findings);
        CheckFindings check = new CheckFindings();
        check.add(finding(JsonPointer.of("responsibilities", 9)));
        check.addInOrder(run);
        check.add(finding(JsonPointer.of("responsibilities", 1)));

        List<Finding> ordered = new Report(check).findings();

        assertThat(run.reads).isLessThan(40);
        assertThat(ordered).hasSize(1002);
        assertThat(ordered.get(0).location()).isEqualTo(JsonPointer.of("responsibilities", 1));
        assertThat(ordered.subList(1, 1001)).containsExactlyElementsOf(findings);
        assertThat(ordered.get(1001).location()).isEqualTo(JsonPointer.of("responsibilities", 9));
    }

    @Test
    void truncateDropsWholeParts() {
        CheckFindings check = new CheckFindings();
        check.add(finding(JsonPointer.of("parties", 0)));
        check.addInOrder(List.of(finding(JsonPointer.of("parties", 1)), finding(JsonPointer.of("parties", 2))));

        assertThatThrownBy(() -> check.truncate(2)).isInstanceOf(IllegalArgumentException.class);
        check.truncate(1);

        assertThat(check).containsExactly(finding(JsonPointer.of("parties", 0)));
    }

    private static Finding finding(JsonPointer location) {
        return new Finding("roles.accountable-overlap", Severity.ERROR, "m", location, List.of(), null);
    }

    /** A list that counts its reads. */
    private static final class CountingList extends AbstractList<Finding> {
        private final List<Finding> findings;
        int reads;

        CountingList(List<Finding> findings) {
            this.findings = findings;
        }

        @Override
        public Finding get(int index) {
            reads++;
            return findings.get(index);
        }

        @Override
        public int size() {
            return findings.size();
        }
    }
}
