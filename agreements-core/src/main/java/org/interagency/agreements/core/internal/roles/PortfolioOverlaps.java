package org.interagency.agreements.core.internal.roles;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.core.internal.ParallelTasks;
import org.interagency.agreements.rules.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Accountable overlaps between the agreements of a portfolio: two ACCOUNTABLE assignments of
 * different agencies, in two different agreements, whose scopes, jurisdictions and periods
 * overlap as {@link AccountableOverlapRule} defines (each agreement's own term stands for a
 * missing period; a missing jurisdiction overlaps every jurisdiction). Pairs within one agreement
 * are that agreement's own findings and are not repeated here. One sweep over all agreements'
 * assignments: O((n + k) log n) for n assignments in all and k overlapping pairs, counting those
 * within agreements.
 */
@API(status = INTERNAL, since = "0.1")
public final class PortfolioOverlaps {

    /** See {@link #find(List, Severity, int)}. */
    private static final int PARTS_PER_THREAD = 4;

    private PortfolioOverlaps() {
    }

    /** The overlaps between agreements, with {@code severity}. */
    public static List<PortfolioFinding> find(List<Agreement> agreements, Severity severity) {
        long assignments = 0;
        long responsibilities = 0;
        for (Agreement agreement : agreements) {
            for (Responsibility responsibility : agreement.responsibilities()) {
                assignments += responsibility.assignments().size();
            }
            responsibilities += agreement.responsibilities().size();
        }
        // Room for every role's assignments, not counted by role: that would read each one more.
        AssignmentTable table = new AssignmentTable(assignments, responsibilities);
        for (Agreement agreement : agreements) {
            table.add(agreement, RaciRole.ACCOUNTABLE);
        }
        List<PortfolioFinding> findings = new ArrayList<>();
        find(table, severity, findings);
        return findings;
    }

    /**
     * The same overlaps, on at most {@code threads} threads: the portfolio's responsibilities
     * split by the top-level segment of their scope ({@link SubtreeSplit}), which no overlap
     * crosses, and each part checked on its own, with its own table. The findings come part by
     * part, in the order of the parts; a portfolio report sorts them.
     */
    public static List<PortfolioFinding> find(List<Agreement> agreements, Severity severity, int threads) {
        if (threads <= 1) {
            return find(agreements, severity);
        }
        // More parts than threads, so that a thread that finishes early takes another part,
        // and a part's table is a fraction of the whole while it is alive.
        SubtreeSplit split = SubtreeSplit.of(agreements, PARTS_PER_THREAD * threads);
        List<List<PortfolioFinding>> byPart = new ArrayList<>(Collections.nCopies(split.parts(), List.of()));
        ParallelTasks.run(split.parts(), threads, part -> {
            AssignmentTable table = new AssignmentTable(split.assignments(part), split.responsibilities(part));
            for (int i = 0; i < agreements.size(); i++) {
                if (split.has(i, part)) {
                    int agreement = i;
                    table.add(agreements.get(i), RaciRole.ACCOUNTABLE, r -> split.part(agreement, r) == part);
                }
            }
            List<PortfolioFinding> findings = new ArrayList<>();
            find(table, severity, findings);
            byPart.set(part, findings);
        });
        List<PortfolioFinding> findings = new ArrayList<>();
        byPart.forEach(findings::addAll);
        return findings;
    }

    /** Adds to {@code findings} the overlaps between the agreements of {@code table}, with {@code severity}. */
    private static void find(AssignmentTable table, Severity severity, List<PortfolioFinding> findings) {
        OverlapMessage.Texts texts = new OverlapMessage.Texts(table, "accountable", "the whole territory", "");
        OverlapSweep.find(table.input(), false, (a, b) -> {
            if (table.agreement[a] == table.agreement[b]) {
                return;
            }
            int first = Overlaps.first(table, a, b);
            int second = first == a ? b : a;
            String message = new OverlapMessage(texts, first, second).get()
                    + " under agreements " + Messages.quote(agreementId(table, first))
                    + " and " + Messages.quote(agreementId(table, second));
            findings.add(new PortfolioFinding(AccountableOverlapRule.ID, severity, message,
                    location(table, first), List.of(location(table, second)), AccountableOverlapRule.HINT));
        });
    }

    private static String agreementId(AssignmentTable table, int i) {
        return table.agreements.get(table.agreement[i]).id();
    }

    private static AgreementLocation location(AssignmentTable table, int i) {
        return new AgreementLocation(agreementId(table, i), table.pointer(i));
    }
}
