package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.source-and-recipient}: the agreement is between a source agency and a recipient
 * agency (5 U.S.C. 552a(o)(1), opening words): at least one data-sharing protocol has a provider
 * and a recipient other than the provider.
 */
@API(status = INTERNAL, since = "0.1")
public final class SourceAndRecipientRule extends AbstractRule {

    /** Creates the rule. */
    public SourceAndRecipientRule() {
        super("us-cma.source-and-recipient", Severity.ERROR, Principle.INFORMATION_SHARING,
                "A computer matching agreement has a data-sharing protocol from a source agency to a recipient agency.",
                List.of(Cma.privacyAct("(o)(1)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        for (DataSharingProtocol protocol : agreement.dataSharingProtocols()) {
            if (protocol.recipients().stream().anyMatch(r -> !r.equals(protocol.providerAgencyId()))) {
                context.passed("protocol " + protocol.id() + " goes from a source to a recipient");
                return;
            }
        }
        context.report(JsonPointer.of("dataSharingProtocols"),
                "no data-sharing protocol goes from a source agency to a recipient agency; 5 U.S.C. 552a(o)(1) allows"
                        + " records to be disclosed for matching only under an agreement between the two",
                "add a data-sharing protocol whose providerAgencyId is the source agency and whose recipients name the"
                        + " recipient agency");
    }
}
