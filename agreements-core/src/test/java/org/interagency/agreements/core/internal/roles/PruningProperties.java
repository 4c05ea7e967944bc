package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.RaciRole;

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
            AssignmentTable table = AssignmentTable.ofEveryRole(agreement)
                    .only(exactScope ? RaciRole.RESPONSIBLE : RaciRole.ACCOUNTABLE);
            OverlapSweep.Input input = table.input();
            Set<Integer> inPairs = new HashSet<>();
            OverlapSweep.find(input, exactScope, (a, b) -> {
                inPairs.add(a);
                inPairs.add(b);
            });

            int[] kept = OverlapSweep.mayOverlap(input, exactScope);

            Set<Integer> keptRows = new HashSet<>();
            if (kept == null) {
                for (int i = 0; i < input.size(); i++) {
                    keptRows.add(i);
                }
            } else {
                for (int i : kept) {
                    keptRows.add(i);
                }
            }
            assertThat(keptRows).containsAll(inPairs);
            Statistics.label(exactScope ? "exact scope" : "overlapping scopes").collect(
                    kept == null ? "all kept" : kept.length == 0 ? "none kept" : "some kept");
        }
        // The generator must give agreements where pruning drops some assignments and keeps others.
        Statistics.label("overlapping scopes").coverage(coverage -> coverage.check("some kept").percentage(p -> p > 10));
        Statistics.label("exact scope").coverage(coverage -> coverage.check("some kept").percentage(p -> p > 10));
    }
}
