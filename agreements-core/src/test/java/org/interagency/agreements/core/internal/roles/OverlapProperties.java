package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OverlapProperties {

    @Provide
    Arbitrary<Agreement> agreements() {
        return RandomAgreements.agreements();
    }

    @Property(tries = 300)
    void accountableOverlapsEqualThePairwiseOracle(@ForAll("agreements") Agreement agreement) {
        List<Finding> findings = Check.findings(new AccountableOverlapRule(), agreement);
        Set<Set<JsonPointer>> expected = PairwiseOracle.pairs(agreement, RaciRole.ACCOUNTABLE, false);
        Statistics.label("oracle").collect(expected.isEmpty() ? "no overlap" : expected.size() < 5 ? "1-4 overlaps" : "5+ overlaps");

        assertThat(unorderedPairs(findings)).isEqualTo(expected);
        // The generator must keep producing agreements with overlaps, or this property tests nothing.
        Statistics.label("oracle").coverage(coverage -> coverage.check("no overlap").percentage(p -> p < 60));
    }

    @Property(tries = 300)
    void responsibleDuplicatesEqualThePairwiseOracle(@ForAll("agreements") Agreement agreement) {
        List<Finding> findings = Check.findings(new ResponsibleDuplicateRule(), agreement);

        assertThat(unorderedPairs(findings)).isEqualTo(PairwiseOracle.pairs(agreement, RaciRole.RESPONSIBLE, true));
    }

    @Property(tries = 300)
    void eachOverlapIsReportedOnceInOneDirection(@ForAll("agreements") Agreement agreement) {
        List<Finding> findings = Check.findings(new AccountableOverlapRule(), agreement);

        assertThat(findings).allSatisfy(f -> assertThat(f.related()).hasSize(1).doesNotContain(f.location()));
        assertThat(unorderedPairs(findings)).hasSameSizeAs(findings);
    }

    @Property(tries = 200)
    void overlapIsSymmetric(@ForAll("agreements") Agreement agreement) {
        // Listing the responsibilities and their assignments back to front swaps which member of
        // each pair the sweep meets first: the same pairs are found.
        List<Responsibility> reversed = new ArrayList<>();
        for (Responsibility r : agreement.responsibilities()) {
            List<Assignment> assignments = new ArrayList<>(r.assignments());
            java.util.Collections.reverse(assignments);
            reversed.add(0, new Responsibility(r.id(), r.scope(), r.description(), assignments));
        }
        Agreement mirrored = org.interagency.agreements.AgreementBuilder.builder(agreement).responsibilities(reversed).build();
        int n = agreement.responsibilities().size();

        Set<Set<JsonPointer>> mirroredPairs = new HashSet<>();
        for (Set<JsonPointer> pair : unorderedPairs(Check.findings(new AccountableOverlapRule(), mirrored))) {
            Set<JsonPointer> back = new HashSet<>();
            for (JsonPointer p : pair) {
                int r = Integer.parseInt(p.tokens().get(1));
                int a = Integer.parseInt(p.tokens().get(3));
                int size = mirrored.responsibilities().get(r).assignments().size();
                back.add(JsonPointer.of("responsibilities", n - 1 - r, "assignments", size - 1 - a));
            }
            mirroredPairs.add(back);
        }

        assertThat(mirroredPairs).isEqualTo(unorderedPairs(Check.findings(new AccountableOverlapRule(), agreement)));
    }

    static Set<Set<JsonPointer>> unorderedPairs(List<Finding> findings) {
        Set<Set<JsonPointer>> pairs = new HashSet<>();
        for (Finding finding : findings) {
            pairs.add(Set.of(finding.location(), finding.related().get(0)));
        }
        return pairs;
    }

    /** The specification, pair by pair: O(n²), and obviously right. */
    static final class PairwiseOracle {

        static Set<Set<JsonPointer>> pairs(Agreement agreement, RaciRole role, boolean sameScopeOtherResponsibility) {
            DateRange term = agreement.term().isChronological() ? agreement.term().period()
                    : DateRange.from(agreement.term().effective());
            List<int[]> entries = new ArrayList<>();
            List<Responsibility> rs = agreement.responsibilities();
            for (int r = 0; r < rs.size(); r++) {
                for (int a = 0; a < rs.get(r).assignments().size(); a++) {
                    if (rs.get(r).assignments().get(a).role() == role) {
                        entries.add(new int[] {r, a});
                    }
                }
            }
            Set<Set<JsonPointer>> pairs = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                for (int j = i + 1; j < entries.size(); j++) {
                    Responsibility ri = rs.get(entries.get(i)[0]);
                    Responsibility rj = rs.get(entries.get(j)[0]);
                    Assignment x = ri.assignments().get(entries.get(i)[1]);
                    Assignment y = rj.assignments().get(entries.get(j)[1]);
                    boolean scopes = sameScopeOtherResponsibility
                            ? ri.scope().equals(rj.scope()) && entries.get(i)[0] != entries.get(j)[0]
                            : ri.scope().overlaps(rj.scope());
                    boolean places = x.jurisdiction() == null || y.jurisdiction() == null
                            || x.jurisdiction().overlaps(y.jurisdiction());
                    DateRange px = x.period() == null ? term : x.period();
                    DateRange py = y.period() == null ? term : y.period();
                    if (!x.agencyId().equals(y.agencyId()) && scopes && places && px.intersects(py)) {
                        pairs.add(Set.of(
                                JsonPointer.of("responsibilities", entries.get(i)[0], "assignments", entries.get(i)[1]),
                                JsonPointer.of("responsibilities", entries.get(j)[0], "assignments", entries.get(j)[1])));
                    }
                }
            }
            return pairs;
        }
    }
}
