package org.interagency.agreements.packs.internal.ico;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.RuleContext;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code uk-ico.controller-roles}: a data sharing agreement sets out "the parties' roles" (ICO
 * accountability framework, data sharing agreements), and whether the controllers are joint or
 * separate (the code's request form, annex B): each provider and recipient of personal data states
 * the legal role {@code controller}, {@code joint-controller} or {@code processor}.
 */
@API(status = INTERNAL, since = "0.1")
public final class ControllerRolesRule extends ProtocolRule {

    private static final List<LegalRole> ROLES = List.of(LegalRole.CONTROLLER, LegalRole.JOINT_CONTROLLER,
            LegalRole.PROCESSOR);

    /** Creates the rule. */
    public ControllerRolesRule() {
        super("uk-ico.controller-roles",
                "A data sharing agreement says whether each party is a controller, a joint controller or a processor.",
                List.of(Ico.accountabilityFramework("data sharing agreements"),
                        Ico.code("annex B (data controller relationship)")));
    }

    @Override
    void check(Agreement agreement, DataSharingProtocol protocol, JsonPointer at, RuleContext context) {
        Set<String> involved = new LinkedHashSet<>();
        involved.add(protocol.providerAgencyId());
        involved.addAll(protocol.recipients());
        List<Party> parties = agreement.parties();
        for (int p = 0; p < parties.size(); p++) {
            Party party = parties.get(p);
            if (involved.contains(party.agencyId()) && ROLES.stream().noneMatch(party::hasLegalRole)) {
                context.report(JsonPointer.of("parties", p, "legalRoles"), Messages.quote(party.agencyId())
                        + " shares personal data under protocol " + Messages.quote(protocol.id())
                        + " and the agreement does not say whether it is a controller, a joint controller or a processor",
                        "add \"controller\", \"joint-controller\" or \"processor\" to the party's legalRoles");
            }
        }
    }
}
