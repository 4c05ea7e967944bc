package org.interagency.agreements.core.internal.roles;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.core.AgreementLocation;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.rules.Severity;

import java.util.ArrayList;
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

    private PortfolioOverlaps() {
    }

    /** The overlaps between agreements, with {@code severity}. */
    public static List<PortfolioFinding> find(List<Agreement> agreements, Severity severity) {
        AssignmentTable table = new AssignmentTable();
        for (Agreement agreement : agreements) {
            table.add(agreement, RaciRole.ACCOUNTABLE);
        }
        List<PortfolioFinding> findings = new ArrayList<>();
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
        return findings;
    }

    private static String agreementId(AssignmentTable table, int i) {
        return table.agreements.get(table.agreement[i]).id();
    }

    private static AgreementLocation location(AssignmentTable table, int i) {
        return new AgreementLocation(agreementId(table, i), table.pointer(i));
    }
}
