package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code us-cma.single-renewal}: a computer matching agreement may be renewed at most once.
 *
 * <p><b>Unverified, so a WARNING with no citation.</b> 5 U.S.C. 552a(o)(2)(D) lets the Data
 * Integrity Board renew an agreement "for not more than one additional year"; the word "once" is
 * not in the statute. That a renewed agreement cannot be renewed again is the reading commonly
 * attributed to OMB's guidance, which has not been read (see {@code docs/packs/us-cma.md}).
 */
@API(status = INTERNAL, since = "0.1")
public final class SingleRenewalRule extends AbstractRule {

    /** Creates the rule. */
    public SingleRenewalRule() {
        super("us-cma.single-renewal", Severity.WARNING, Principle.FOUNDATIONS,
                "A computer matching agreement may be renewed at most once (an unverified reading, without citation).",
                List.of());
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Renewal renewal = agreement.term().renewal();
        if (renewal == null) {
            context.notApplicable("the term cannot be renewed");
        } else if (renewal.maxRenewals() > 1) {
            context.report(JsonPointer.of("term", "renewal", "maxRenewals"),
                    "the computer matching agreement may be renewed " + renewal.maxRenewals()
                            + " times; the usual reading of the Privacy Act allows one renewal, after which a new"
                            + " agreement is made",
                    "set maxRenewals to 1 (or 0), and negotiate a new agreement after the renewal");
        }
    }
}
