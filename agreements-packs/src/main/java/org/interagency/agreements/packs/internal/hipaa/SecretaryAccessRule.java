package org.interagency.agreements.packs.internal.hipaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.Party;
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
 * {@code us-hipaa.secretary-access}: the business associate makes its internal practices, books
 * and records "available to the Secretary for purposes of determining the covered entity's
 * compliance" (45 CFR 164.504(e)(2)(ii)(I)): an audit right of auditor {@code hhs-secretary}
 * covers every business associate.
 */
@API(status = INTERNAL, since = "0.1")
public final class SecretaryAccessRule extends AbstractRule {

    /** Creates the rule. */
    public SecretaryAccessRule() {
        super("us-hipaa.secretary-access", Severity.ERROR, Principle.INFORMATION_SHARING,
                "The Secretary of HHS may inspect the books and records of every business associate.",
                List.of(Hipaa.cfr("164.504(e)(2)(ii)(I)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Set<String> missing = new TreeSet<>();
        for (Party party : Hipaa.businessAssociates(agreement)) {
            missing.add(party.agencyId());
        }
        for (AuditRight right : agreement.auditRights()) {
            if (right.auditor() == AuditorKind.HHS_SECRETARY) {
                missing.removeAll(right.audited());
            }
        }
        if (!missing.isEmpty()) {
            context.report(JsonPointer.of("auditRights"), "the Secretary of HHS has no right to inspect the books and"
                    + " records of " + Messages.quote(String.join(", ", missing))
                    + ", which 45 CFR 164.504(e)(2)(ii)(I) requires of every business associate",
                    "add an audit right with auditor \"hhs-secretary\" whose audited list names every business associate");
        }
    }
}
