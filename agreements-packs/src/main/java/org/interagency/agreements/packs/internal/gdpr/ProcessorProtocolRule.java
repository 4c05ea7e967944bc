package org.interagency.agreements.packs.internal.gdpr;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule of Art. 28(3) about each protocol by which a controller gives personal data to a
 * processor. Not applicable to an agreement without one.
 */
@API(status = INTERNAL, since = "0.1")
abstract class ProcessorProtocolRule extends AbstractRule {

    ProcessorProtocolRule(String id, String description, List<Citation> citations) {
        super(id, Severity.ERROR, Principle.INFORMATION_SHARING, description, citations);
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        List<Integer> indexes = Gdpr.toProcessors(agreement);
        if (indexes.isEmpty()) {
            context.notApplicable("no protocol gives a controller's personal data to a processor");
            return;
        }
        for (int index : indexes) {
            check(agreement.dataSharingProtocols().get(index), JsonPointer.of("dataSharingProtocols", index), context);
        }
    }

    /** Checks one protocol from a controller to a processor, at {@code at}. */
    abstract void check(DataSharingProtocol protocol, JsonPointer at, RuleContext context);
}
