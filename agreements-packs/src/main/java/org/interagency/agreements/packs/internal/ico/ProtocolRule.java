package org.interagency.agreements.packs.internal.ico;

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

/** A good-practice rule (a WARNING) that checks each protocol sharing personal data. */
@API(status = INTERNAL, since = "0.1")
abstract class ProtocolRule extends AbstractRule {

    ProtocolRule(String id, String description, List<Citation> citations) {
        super(id, Severity.WARNING, Principle.INFORMATION_SHARING, description, citations);
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        for (int index : Ico.personalProtocols(agreement)) {
            check(agreement, agreement.dataSharingProtocols().get(index), JsonPointer.of("dataSharingProtocols", index),
                    context);
        }
    }

    /** Checks one protocol that shares personal data, at {@code at}. */
    abstract void check(Agreement agreement, DataSharingProtocol protocol, JsonPointer at, RuleContext context);
}
