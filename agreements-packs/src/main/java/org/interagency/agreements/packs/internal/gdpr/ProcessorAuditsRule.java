package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.LegalRole;
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
 * {@code eu-gdpr.processor-audits}: the processor "makes available to the controller all
 * information necessary to demonstrate compliance … and allow[s] for and contribute[s] to audits,
 * including inspections, conducted by the controller or another auditor mandated by the
 * controller" (GDPR Art. 28(3)(h)): an audit right held by a controller that is a party, or by an
 * {@code independent-auditor}, covers every processor.
 */
@API(status = INTERNAL, since = "0.1")
public final class ProcessorAuditsRule extends AbstractRule {

    /** Creates the rule. */
    public ProcessorAuditsRule() {
        super("eu-gdpr.processor-audits", Severity.ERROR, Principle.INFORMATION_SHARING,
                "The controller, or an auditor it mandates, may audit every processor.", List.of(Gdpr.art("Art. 28(3)(h)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (Gdpr.toProcessors(agreement).isEmpty()) {
            context.notApplicable("no protocol gives a controller's personal data to a processor");
            return;
        }
        Set<String> missing = new TreeSet<>();
        for (Party processor : Gdpr.withRole(agreement, LegalRole.PROCESSOR)) {
            missing.add(processor.agencyId());
        }
        for (AuditRight right : agreement.auditRights()) {
            boolean byController = right.auditor() == AuditorKind.PARTY && right.auditorAgencyId() != null
                    && Gdpr.isController(agreement, right.auditorAgencyId());
            if (byController || right.auditor() == AuditorKind.INDEPENDENT_AUDITOR) {
                missing.removeAll(right.audited());
            }
        }
        if (!missing.isEmpty()) {
            context.report(JsonPointer.of("auditRights"), "neither the controller nor an auditor it mandates may audit "
                    + Messages.quote(String.join(", ", missing)) + ", which GDPR Art. 28(3)(h) requires of every processor",
                    "add an audit right whose auditor is the controller (auditor \"party\") or \"independent-auditor\","
                            + " and whose audited list names every processor");
        }
    }
}
