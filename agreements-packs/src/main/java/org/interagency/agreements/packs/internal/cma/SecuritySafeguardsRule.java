package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.security-safeguards}: the agreement states procedures for "the administrative,
 * technical, and physical security of the records matched and the results" (5 U.S.C.
 * 552a(o)(1)(G)): each protocol has a safeguard of each of the three kinds (encryption counts as
 * a technical one).
 */
@API(status = INTERNAL, since = "0.1")
public final class SecuritySafeguardsRule extends AbstractRule {

    /** Creates the rule. */
    public SecuritySafeguardsRule() {
        super("us-cma.security-safeguards", Severity.ERROR, Principle.INFORMATION_SHARING,
                "Each protocol of a computer matching agreement has administrative, technical and physical safeguards.",
                List.of(Cma.privacyAct("(o)(1)(G)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        if (protocols.isEmpty()) {
            context.notApplicable("no data-sharing protocol");
            return;
        }
        for (int p = 0; p < protocols.size(); p++) {
            DataSharingProtocol protocol = protocols.get(p);
            List<String> missing = new ArrayList<>();
            for (SafeguardKind kind : SafeguardKind.values()) {
                if (!protocol.hasSafeguard(kind)) {
                    missing.add(kind.name().toLowerCase(Locale.ROOT));
                }
            }
            if (!missing.isEmpty()) {
                context.report(JsonPointer.of("dataSharingProtocols", p, "safeguards"), "protocol "
                        + Messages.quote(protocol.id()) + " has no " + String.join(" or ", missing)
                        + " safeguards; 5 U.S.C. 552a(o)(1)(G) requires administrative, technical and physical security",
                        "add a safeguard of kind " + String.join(", ", missing) + " that says how the records are protected");
            }
        }
    }
}
