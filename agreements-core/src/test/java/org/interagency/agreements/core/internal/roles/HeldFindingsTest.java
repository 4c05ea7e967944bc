package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.internal.FindingCollector;
import org.interagency.agreements.core.internal.SharedFacts;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Rule;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.RaciRole.ACCOUNTABLE;
import static org.interagency.agreements.RaciRole.RESPONSIBLE;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMouWith;
import static org.interagency.agreements.core.TestAgreements.responsibility;

/**
 * What the findings of the overlap rules keep alive once their check is over: a caller that
 * holds a report of a national portfolio holds a hundred thousand agreements' findings, whose
 * messages are written when read, from the rows they name, not from the agreement's whole table
 * of assignments, which the validation's rules shared and then let go.
 */
class HeldFindingsTest {

    private static final Agreement CONFLICTING = floodMouWith(
            responsibility("flood-response", "emergency/flood", assign("fema", ACCOUNTABLE), assign("fema", RESPONSIBLE)),
            responsibility("evacuation", "emergency/flood/evacuation",
                    assign("county-oem", ACCOUNTABLE, "us/tx/harris-county", "2026-06-01", "2026-09-30"),
                    assign("state-dem", RESPONSIBLE, "us/tx/harris-county", "2026-06-01", "2026-09-30")),
            responsibility("evacuation-support", "emergency/flood/evacuation", assign("county-oem", RESPONSIBLE)));

    @Test
    void accountableOverlapFindingsDoNotKeepTheAgreementsTableOfAssignments() {
        assertFindingsLetTheTableGo(new AccountableOverlapRule(), "are both accountable for emergency/flood/evacuation");
    }

    @Test
    void responsibleDuplicateFindingsDoNotKeepTheAgreementsTableOfAssignments() {
        assertFindingsLetTheTableGo(new ResponsibleDuplicateRule(), "are both responsible for emergency/flood/evacuation");
    }

    private static void assertFindingsLetTheTableGo(Rule rule, String text) {
        List<WeakReference<AssignmentTable>> table = new ArrayList<>();
        List<Finding> findings = check(rule, table);

        for (int attempt = 0; attempt < 20 && table.get(0).get() != null; attempt++) {
            System.gc();
        }

        assertThat(table.get(0).get()).as("the table of every assignment, after a full collection").isNull();
        // And the messages, read only now, are still whole.
        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).contains(text));
    }

    /** The findings of {@code rule} on the agreement, sharing facts as a validation does; adds a weak reference to the table they came from. */
    private static List<Finding> check(Rule rule, List<WeakReference<AssignmentTable>> table) {
        SharedFacts facts = SharedFacts.of(CONFLICTING);
        table.add(new WeakReference<>(facts.get(AssignmentTable.EVERY_ROLE, CONFLICTING)));
        FindingCollector collector = new FindingCollector(rule.id(), rule.defaultSeverity(), LocalDate.of(2026, 6, 1), facts);
        rule.check(CONFLICTING, collector);
        return collector.findings();
    }
}
