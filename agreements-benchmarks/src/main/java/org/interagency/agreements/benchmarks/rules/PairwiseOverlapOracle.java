package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;

import java.util.ArrayList;
import java.util.List;

/**
 * BASELINE ONLY, not the library's algorithm: the naive pairwise accountable-overlap check, a copy
 * of the oracle in agreements-core's tests. It compares every pair of accountable assignments,
 * O(n²), and counts the conflicting pairs.
 */
final class PairwiseOverlapOracle {

    private PairwiseOverlapOracle() {
    }

    static int countConflicts(Agreement agreement) {
        DateRange term = agreement.term().period();
        List<Responsibility> owners = new ArrayList<>();
        List<Assignment> accountable = new ArrayList<>();
        for (Responsibility responsibility : agreement.responsibilities()) {
            for (Assignment assignment : responsibility.assignments()) {
                if (assignment.role() == RaciRole.ACCOUNTABLE) {
                    owners.add(responsibility);
                    accountable.add(assignment);
                }
            }
        }
        int conflicts = 0;
        for (int i = 0; i < accountable.size(); i++) {
            Assignment x = accountable.get(i);
            DateRange px = x.period() == null ? term : x.period();
            for (int j = i + 1; j < accountable.size(); j++) {
                Assignment y = accountable.get(j);
                if (x.agencyId().equals(y.agencyId()) || !owners.get(i).scope().overlaps(owners.get(j).scope())) {
                    continue;
                }
                if (x.jurisdiction() != null && y.jurisdiction() != null && !x.jurisdiction().overlaps(y.jurisdiction())) {
                    continue;
                }
                if (px.intersects(y.period() == null ? term : y.period())) {
                    conflicts++;
                }
            }
        }
        return conflicts;
    }
}
