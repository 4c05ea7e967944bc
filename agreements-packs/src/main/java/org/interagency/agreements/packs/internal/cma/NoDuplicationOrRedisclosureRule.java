package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.no-duplication-or-redisclosure}: the agreement prohibits duplication and
 * redisclosure of the records "except where required by law or essential to the conduct of the
 * matching program" (5 U.S.C. 552a(o)(1)(H)). Each protocol prohibits onward sharing (sharing
 * "with the provider's consent" is not one of the two exceptions), and a provision on
 * {@code duplication-and-redisclosure} states the prohibition of duplication and the exceptions,
 * which the model does not structure.
 */
@API(status = INTERNAL, since = "0.1")
public final class NoDuplicationOrRedisclosureRule extends AbstractRule {

    /** Creates the rule. */
    public NoDuplicationOrRedisclosureRule() {
        super("us-cma.no-duplication-or-redisclosure", Severity.ERROR, Principle.INFORMATION_SHARING,
                "A computer matching agreement prohibits onward sharing and states the prohibition of duplication and"
                        + " redisclosure.",
                List.of(Cma.privacyAct("(o)(1)(H)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        for (int p = 0; p < protocols.size(); p++) {
            DataSharingProtocol protocol = protocols.get(p);
            if (protocol.onwardSharing() != OnwardSharing.PROHIBITED) {
                context.report(JsonPointer.of("dataSharingProtocols", p, "onwardSharing"), "protocol "
                        + Messages.quote(protocol.id()) + " lets recipients share the records onward ("
                        + Messages.quote(protocol.onwardSharing().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        + "); 5 U.S.C. 552a(o)(1)(H) prohibits redisclosure except where required by law or essential"
                        + " to the matching program",
                        "set onwardSharing to \"prohibited\" and state the two exceptions in a provision on"
                                + " \"duplication-and-redisclosure\"");
            }
        }
        if (agreement.provisions(ProvisionTopic.DUPLICATION_AND_REDISCLOSURE).isEmpty()) {
            context.report(JsonPointer.of("provisions"), "the agreement states no prohibition on duplicating and"
                    + " redisclosing the records, which 5 U.S.C. 552a(o)(1)(H) requires",
                    "add a provision with topic \"duplication-and-redisclosure\" that prohibits both, except where"
                            + " required by law or essential to the conduct of the matching program");
        }
    }
}
