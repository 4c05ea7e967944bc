package org.interagency.agreements.packs.internal.iaa;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-iaa.requesting-and-servicing}: an order is placed by one agency (the requesting, or
 * ordering, agency) with another that fills it (the servicing agency) (31 U.S.C. 1535(a); FAR
 * 17.502-1(a)(1)(i)): a party has the role {@code requesting} and another the role
 * {@code servicing}.
 */
@API(status = INTERNAL, since = "0.1")
public final class RequestingAndServicingRule extends AbstractRule {

    /** Creates the rule. */
    public RequestingAndServicingRule() {
        super("us-iaa.requesting-and-servicing", Severity.ERROR, Principle.ROLES_AND_RESPONSIBILITIES,
                "An interagency acquisition has a requesting agency and a different servicing agency.",
                List.of(Iaa.economyAct("(a)"), Iaa.far("17.502-1(a)(1)(i)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        boolean requesting = agreement.parties().stream().anyMatch(p -> p.hasRole(PartyRole.REQUESTING));
        boolean servicing = agreement.parties().stream()
                .anyMatch(p -> p.hasRole(PartyRole.SERVICING) && !p.hasRole(PartyRole.REQUESTING));
        if (!requesting || !servicing) {
            context.report(JsonPointer.of("parties"), "the interagency acquisition has no "
                    + (requesting ? "servicing agency other than the requesting one" : "requesting agency")
                    + "; 31 U.S.C. 1535(a) is an order placed by one agency with another",
                    "give the ordering party the role \"requesting\" and the party that fills the order the role \"servicing\"");
        }
    }
}
