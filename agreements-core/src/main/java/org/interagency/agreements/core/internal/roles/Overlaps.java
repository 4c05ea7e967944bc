package org.interagency.agreements.core.internal.roles;

/**
 * How an overlapping pair of assignments is reported, the same whatever the order of the
 * agreement's lists: the pair is ordered by what the assignments say, not by where they are
 * listed ({@link OverlapMessage} writes the message).
 */
final class Overlaps {

    private Overlaps() {
    }

    /**
     * Of two entries of {@code table}, the one a finding about the pair is reported at: the first
     * by content (responsibility id, agency, jurisdiction, days, then position).
     */
    static int first(AssignmentTable table, int a, int b) {
        return compareContent(table, a, b) <= 0 ? a : b;
    }

    /**
     * Compares two entries by agreement id, responsibility id, agency, jurisdiction, first day,
     * last day, then position. Field by field, without a comparator chain, and a jurisdiction's
     * text only if the two jurisdictions differ: in a profile of 10^5 assignments with 958
     * conflicts, building the chain and the texts for every pair was a third of the time spent
     * reporting the conflicts.
     */
    private static int compareContent(AssignmentTable table, int a, int b) {
        int c = table.agreements.get(table.agreement[a]).id().compareTo(table.agreements.get(table.agreement[b]).id());
        if (c == 0) {
            c = table.responsibilityOf(a).id().compareTo(table.responsibilityOf(b).id());
        }
        if (c == 0) {
            c = table.agencies.get(table.agency[a]).compareTo(table.agencies.get(table.agency[b]));
        }
        if (c == 0 && table.jurisdiction[a] != table.jurisdiction[b]) {
            c = table.jurisdictions.text(table.jurisdiction[a]).compareTo(table.jurisdictions.text(table.jurisdiction[b]));
        }
        if (c == 0) {
            c = Long.compare(table.start[a], table.start[b]);
        }
        if (c == 0) {
            c = Long.compare(table.end[a], table.end[b]);
        }
        if (c == 0) {
            c = Integer.compare(table.responsibility[a], table.responsibility[b]);
        }
        if (c == 0) {
            c = Integer.compare(table.assignment[a], table.assignment[b]);
        }
        return c;
    }
}
