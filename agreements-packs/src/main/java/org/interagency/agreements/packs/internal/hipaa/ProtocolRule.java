package org.interagency.agreements.packs.internal.hipaa;

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
 * A rule that checks each protocol by which a covered entity provides data to a business
 * associate, and is not applicable to an agreement without one.
 */
@API(status = INTERNAL, since = "0.1")
abstract class ProtocolRule extends AbstractRule {

    ProtocolRule(String id, String description, List<Citation> citations) {
        super(id, Severity.ERROR, Principle.INFORMATION_SHARING, description, citations);
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        List<Integer> indexes = Hipaa.toBusinessAssociates(agreement);
        if (indexes.isEmpty()) {
            context.notApplicable("no protocol from a covered entity to a business associate");
            return;
        }
        for (int index : indexes) {
            check(agreement.dataSharingProtocols().get(index), JsonPointer.of("dataSharingProtocols", index), context);
        }
    }

    /** Checks one protocol from a covered entity to a business associate, at {@code at}. */
    abstract void check(DataSharingProtocol protocol, JsonPointer at, RuleContext context);
}
