package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.RaciRole;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PruningProperties {

    @Provide
    Arbitrary<Agreement> agreements() {
        return RandomAgreements.agreements();
    }

    @Property(tries = 300)
    void pruningKeepsEveryAssignmentOfEveryOverlappingPair(@ForAll("agreements") Agreement agreement) {
        for (boolean exactScope : new boolean[] {false, true}) {
            AssignmentTable table = AssignmentTable.ofEveryRole(agreement);
            int[] rows = table.rowsWith(exactScope ? RaciRole.RESPONSIBLE : RaciRole.ACCOUNTABLE);
            OverlapSweep.Input input = table.input();
            Set<Integer> inPairs = new HashSet<>();
            OverlapSweep.find(input, rows, exactScope, (a, b) -> {
                inPairs.add(a);
                inPairs.add(b);
            });

            int[] kept = OverlapSweep.mayOverlap(input, rows, exactScope);

            Set<Integer> candidates = new HashSet<>();
            if (rows == null) {
                for (int i = 0; i < input.size(); i++) {
                    candidates.add(i);
                }
            } else {
                Arrays.stream(rows).forEach(candidates::add);
            }
            Set<Integer> keptRows = kept == null ? candidates : new HashSet<>(Arrays.stream(kept).boxed().toList());
            assertThat(candidates).containsAll(keptRows);
            assertThat(keptRows).containsAll(inPairs);
            Statistics.label(exactScope ? "exact scope" : "overlapping scopes").collect(
                    keptRows.size() == candidates.size() ? "all kept" : keptRows.isEmpty() ? "none kept" : "some kept");
        }
        // The generator must give agreements where pruning drops some assignments and keeps others.
        Statistics.label("overlapping scopes").coverage(coverage -> coverage.check("some kept").percentage(p -> p > 10));
        Statistics.label("exact scope").coverage(coverage -> coverage.check("some kept").percentage(p -> p > 10));
    }
}
