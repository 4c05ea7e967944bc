package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * REFERENCE ONLY, not the library's algorithm: the accountable-overlap check as a plain Java
 * programmer would write it for these benchmarks' agreements, the yardstick of
 * {@link DenseOverlapBenchmark}. It finds the same pairs as the library and reports nothing
 * but their {@link Checksum}: no finding, no message, no order.
 *
 * <p>The index: two scopes overlap only if they share their first two segments, and likewise
 * two jurisdictions, so the assignments are bucketed by those four segments (every assignment
 * of the benchmarks' agreements has a scope and a jurisdiction of two segments or more; the
 * sweep refuses any other). Within a bucket, a sweep by first day keeps the assignments whose
 * period has not ended, and compares the next one with each of them in full.
 */
final class PlainIndexedSweep {

    /** The conflicting pairs, counted, and summed as a hash of each pair whatever its order. */
    record Checksum(long pairs, long sum) {

        /** The checksum of the accountable-overlap findings of {@code report}. */
        static Checksum of(Report report) {
            long pairs = 0;
            long sum = 0;
            for (Finding finding : report.findings()) {
                if (finding.ruleId().equals("roles.accountable-overlap")) {
                    pairs++;
                    sum += pairHash(keyOf(finding.location()), keyOf(finding.related().get(0)));
                }
            }
            return new Checksum(pairs, sum);
        }

        private static long keyOf(JsonPointer assignment) {
            return PlainIndexedSweep.key(Integer.parseInt(assignment.tokens().get(1)), Integer.parseInt(assignment.tokens().get(3)));
        }
    }

    private PlainIndexedSweep() {
    }

    /** The checksum of the accountable overlaps of {@code agreement}. */
    static Checksum overlaps(Agreement agreement) {
        DateRange term = agreement.term().period();
        Map<String, Integer> agencies = new HashMap<>();
        Map<String, List<Row>> buckets = new HashMap<>();
        List<Responsibility> responsibilities = agreement.responsibilities();
        for (int r = 0; r < responsibilities.size(); r++) {
            Responsibility responsibility = responsibilities.get(r);
            List<String> scope = responsibility.scope().segments();
            List<Assignment> assignments = responsibility.assignments();
            for (int a = 0; a < assignments.size(); a++) {
                Assignment assignment = assignments.get(a);
                if (assignment.role() != RaciRole.ACCOUNTABLE) {
                    continue;
                }
                if (scope.size() < 2 || assignment.jurisdiction() == null || assignment.jurisdiction().depth() < 2) {
                    throw new IllegalArgumentException("the reference sweep needs scopes and jurisdictions of two segments or more");
                }
                List<String> jurisdiction = assignment.jurisdiction().segments();
                DateRange period = assignment.period() == null ? term : assignment.period();
                Row row = new Row(key(r, a), agencies.computeIfAbsent(assignment.agencyId(), id -> agencies.size()),
                        scope, jurisdiction, period.start().toEpochDay(), period.end().toEpochDay());
                String bucket = scope.get(0) + '/' + scope.get(1) + ' ' + jurisdiction.get(0) + '/' + jurisdiction.get(1);
                buckets.computeIfAbsent(bucket, b -> new ArrayList<>()).add(row);
            }
        }
        long pairs = 0;
        long sum = 0;
        for (List<Row> bucket : buckets.values()) {
            Row[] rows = bucket.toArray(new Row[0]);
            Arrays.sort(rows, (x, y) -> Long.compare(x.start, y.start));
            Row[] active = new Row[rows.length];
            int live = 0;
            for (Row row : rows) {
                int kept = 0;
                for (int i = 0; i < live; i++) {
                    Row other = active[i];
                    if (other.end < row.start) {
                        continue;
                    }
                    active[kept++] = other;
                    if (other.agency != row.agency && prefixed(other.scope, row.scope)
                            && prefixed(other.jurisdiction, row.jurisdiction)) {
                        pairs++;
                        sum += pairHash(other.key, row.key);
                    }
                }
                active[kept++] = row;
                live = kept;
            }
        }
        return new Checksum(pairs, sum);
    }

    private record Row(long key, int agency, List<String> scope, List<String> jurisdiction, long start, long end) {
    }

    /** Whether one list is a prefix of the other. */
    private static boolean prefixed(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static long key(int responsibility, int assignment) {
        return (long) responsibility << 20 | assignment;
    }

    /** A hash of the pair that does not depend on the order of its members. */
    private static long pairHash(long x, long y) {
        long h = Math.min(x, y) * 0x9E3779B97F4A7C15L + Math.max(x, y);
        h ^= h >>> 31;
        return h * 0xBF58476D1CE4E5B9L;
    }
}
