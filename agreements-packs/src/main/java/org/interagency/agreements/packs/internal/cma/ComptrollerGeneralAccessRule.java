package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.comptroller-general-access}: the agreement states "that the Comptroller General
 * may have access to all records of a recipient agency or a non-Federal agency that the
 * Comptroller General deems necessary in order to monitor or verify compliance" (5 U.S.C.
 * 552a(o)(1)(K)): an audit right of the Comptroller General covers every recipient of every
 * protocol.
 */
@API(status = INTERNAL, since = "0.1")
public final class ComptrollerGeneralAccessRule extends AbstractRule {

    /** Creates the rule. */
    public ComptrollerGeneralAccessRule() {
        super("us-cma.comptroller-general-access", Severity.ERROR, Principle.INFORMATION_SHARING,
                "The Comptroller General may audit the records of every recipient of a computer matching agreement.",
                List.of(Cma.privacyAct("(o)(1)(K)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Set<String> recipients = new TreeSet<>();
        for (DataSharingProtocol protocol : agreement.dataSharingProtocols()) {
            recipients.addAll(protocol.recipients());
        }
        if (recipients.isEmpty()) {
            context.notApplicable("no protocol names a recipient");
            return;
        }
        for (AuditRight right : agreement.auditRights()) {
            if (right.auditor() == AuditorKind.COMPTROLLER_GENERAL) {
                recipients.removeAll(right.audited());
            }
        }
        if (!recipients.isEmpty()) {
            context.report(JsonPointer.of("auditRights"), "the Comptroller General has no right of access to the"
                    + " records of " + Messages.quote(String.join(", ", recipients))
                    + ", which 5 U.S.C. 552a(o)(1)(K) requires for every recipient",
                    "add an audit right with auditor \"comptroller-general\" whose audited list names every recipient");
        }
    }
}
