package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.core.internal.FindingCollector;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Rule;

import java.time.LocalDate;
import java.util.List;

/**
 * ORACLE: how the overlap rules reported each pair before their messages became lazy, kept
 * verbatim (the pair ordered into an {@code int[]}, the message written at once, two new
 * pointers per pair), so that tests can check that the new path reports the same findings
 * with the same text.
 */
final class OldOverlapReporting {

    private OldOverlapReporting() {
    }

    /** The findings {@code rule} (accountable overlap or responsible duplicate) reported the old way. */
    static List<Finding> findings(Rule rule, Agreement agreement) {
        FindingCollector context = new FindingCollector(rule.id(), rule.defaultSeverity(), LocalDate.of(2026, 6, 1));
        if (agreement.responsibilities().isEmpty()) {
            return List.of();
        }
        AssignmentTable table = context.fact(AssignmentTable.EVERY_ROLE, agreement);
        if (rule instanceof AccountableOverlapRule) {
            OverlapSweep.find(table.input(), table.rowsWith(RaciRole.ACCOUNTABLE), false, (a, b) -> {
                int[] pair = ordered(table, a, b);
                context.report(table.pointer(pair[0]),
                        describe(table, pair[0], pair[1], "accountable", "the agreement's whole territory"),
                        AccountableOverlapRule.HINT, List.of(table.pointer(pair[1])));
            });
        } else {
            OverlapSweep.find(table.input(), table.rowsWith(RaciRole.RESPONSIBLE), true, (a, b) -> {
                if (table.responsibility[a] == table.responsibility[b]) {
                    return;
                }
                int[] pair = ordered(table, a, b);
                context.report(table.pointer(pair[0]),
                        describe(table, pair[0], pair[1], "responsible", "the agreement's whole territory")
                                + ": the work may be done twice",
                        "merge the two responsibilities into one with both agencies responsible, or split the work"
                                + " between them by scope, jurisdiction or period",
                        List.of(table.pointer(pair[1])));
            });
        }
        return context.findings();
    }

    private static int[] ordered(AssignmentTable table, int a, int b) {
        return compareContent(table, a, b) <= 0 ? new int[] {a, b} : new int[] {b, a};
    }

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

    private static String describe(AssignmentTable table, int first, int second, String role, String wholeTerritory) {
        int scope = deeper(table.scopes, table.scope[first], table.scope[second]);
        int jurisdiction = deeper(table.jurisdictions, table.jurisdiction[first], table.jurisdiction[second]);
        long from = Math.max(table.start[first], table.start[second]);
        long to = Math.min(table.end[first], table.end[second]);
        String where = jurisdiction == NodeTree.ROOT ? wholeTerritory : table.jurisdictions.text(jurisdiction);
        String firstResponsibility = table.responsibilityOf(first).id();
        String secondResponsibility = table.responsibilityOf(second).id();
        String which = table.agreement[first] == table.agreement[second] && table.responsibility[first] == table.responsibility[second]
                ? "both in responsibility " + Messages.quote(firstResponsibility)
                : "responsibilities " + Messages.quote(firstResponsibility) + " and " + Messages.quote(secondResponsibility);
        return "agencies " + Messages.quote(table.agencies.get(table.agency[first])) + " and "
                + Messages.quote(table.agencies.get(table.agency[second])) + " are both " + role + " for "
                + table.scopes.text(scope) + " in " + where + " " + Terms.days(from, to) + " (" + which + ")";
    }

    private static int deeper(NodeTree tree, int a, int b) {
        return tree.depth(a) >= tree.depth(b) ? a : b;
    }
}
