package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.purpose-and-legal-authority}: the agreement specifies the purpose and legal
 * authority for conducting the program (5 U.S.C. 552a(o)(1)(A)). Every protocol states a purpose
 * (the model requires it), so the rule checks that the agreement cites a legal authority; the
 * principle rule {@code term.no-authority} says the same as a WARNING, the law makes it an ERROR.
 */
@API(status = INTERNAL, since = "0.1")
public final class PurposeAndLegalAuthorityRule extends AbstractRule {

    /** Creates the rule. */
    public PurposeAndLegalAuthorityRule() {
        super("us-cma.purpose-and-legal-authority", Severity.ERROR, Principle.FOUNDATIONS,
                "A computer matching agreement cites the legal authority for the matching program.",
                List.of(Cma.privacyAct("(o)(1)(A)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.authorities().isEmpty()) {
            context.report(JsonPointer.of("authorities"),
                    "the computer matching agreement cites no legal authority for the matching program, which"
                            + " 5 U.S.C. 552a(o)(1)(A) requires it to specify",
                    "cite the statutes that authorize the match (for example 42 U.S.C. 1320b-7) in authorities");
        } else {
            context.passed(agreement.authorities().size() + " legal authorities cited");
        }
    }
}
