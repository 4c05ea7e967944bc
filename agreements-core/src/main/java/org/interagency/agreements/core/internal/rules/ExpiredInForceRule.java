package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code term.expired-in-force}: an agreement marked in force has not expired. Agencies that
 * keep acting on an expired agreement act without one. "Today" is the validator's clock.
 */
@API(status = INTERNAL, since = "0.1")
public final class ExpiredInForceRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ExpiredInForceRule() {
        super("term.expired-in-force", Severity.WARNING, Principle.FOUNDATIONS,
                "An agreement whose status is in force has not expired.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.status() != AgreementStatus.IN_FORCE) {
            context.notApplicable("the agreement is not in force");
            return;
        }
        if (agreement.term().expires() == null) {
            context.notApplicable("the term has no expiry date");
            return;
        }
        LocalDate expires = agreement.term().expires();
        LocalDate today = context.today();
        if (agreement.status() == AgreementStatus.IN_FORCE && expires != null && expires.isBefore(today)) {
            context.report(JsonPointer.of("term", "expires"),
                    "the agreement is in force but its term expired on " + expires + " (today is " + today + ")",
                    "renew or amend the term before acting on the agreement, or set the status to expired",
                    List.of(JsonPointer.of("status")));
        }
    }
}
