package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.retention-and-destruction}: the agreement states procedures for "the retention
 * and timely destruction of identifiable records created by a recipient" (5 U.S.C.
 * 552a(o)(1)(F)). The records the match creates are a data set of origin
 * {@code created-by-recipient}; the protocol that carries one states how long they are kept
 * ({@code retention}) and that they are then destroyed ({@code secure-deletion} or
 * {@code destruction}). An agreement that describes no such records states no such procedures.
 */
@API(status = INTERNAL, since = "0.1")
public final class RetentionAndDestructionRule extends AbstractRule {

    /** Creates the rule. */
    public RetentionAndDestructionRule() {
        super("us-cma.retention-and-destruction", Severity.ERROR, Principle.INFORMATION_SHARING,
                "The records a recipient creates from the match have a retention period and are then destroyed.",
                List.of(Cma.privacyAct("(o)(1)(F)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        boolean described = false;
        for (int p = 0; p < protocols.size(); p++) {
            DataSharingProtocol protocol = protocols.get(p);
            if (protocol.dataSets().stream().noneMatch(d -> d.isCreatedByRecipient())) {
                continue;
            }
            described = true;
            JsonPointer at = JsonPointer.of("dataSharingProtocols", p);
            if (protocol.retention() == null) {
                context.report(at.append("retention"), "protocol " + Messages.quote(protocol.id())
                        + " carries records the recipient creates and states no retention period for them, which"
                        + " 5 U.S.C. 552a(o)(1)(F) requires", "state how long the records are kept in retention");
            }
            if (protocol.disposal() != DisposalMethod.SECURE_DELETION && protocol.disposal() != DisposalMethod.DESTRUCTION) {
                context.report(at.append("disposal"), "protocol " + Messages.quote(protocol.id())
                        + " does not say that the records the recipient creates are destroyed when they may no longer be"
                        + " kept, which 5 U.S.C. 552a(o)(1)(F) requires",
                        "set disposal to \"secure-deletion\" or \"destruction\"");
            }
        }
        if (!described) {
            context.report(JsonPointer.of("dataSharingProtocols"),
                    "the agreement describes no records the recipient creates from the match, so it states no procedures"
                            + " for their retention and timely destruction, which 5 U.S.C. 552a(o)(1)(F) requires",
                    "add the match results as a data set with origin \"created-by-recipient\" to the protocol that"
                            + " returns them, with a retention period and a disposal of \"secure-deletion\" or \"destruction\"");
        }
    }
}
