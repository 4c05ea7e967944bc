package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.Term;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code term.matching-duration}: a computer matching agreement stays within the Privacy Act's
 * limits. It remains in effect for at most 18 months (5 U.S.C. 552a(o)(2)(C)), so it has an
 * expiry no later than 18 months after it takes effect; and it may be renewed once, for at most
 * one additional year (5 U.S.C. 552a(o)(2)(D)).
 */
@API(status = INTERNAL, since = "0.1")
public final class MatchingDurationRule extends AbstractRule {

    /** The longest initial term of a computer matching agreement, 5 U.S.C. 552a(o)(2)(C). */
    private static final Period MAX_TERM = Period.ofMonths(18);

    /** The longest renewal, 5 U.S.C. 552a(o)(2)(D). */
    private static final Period MAX_RENEWAL = Period.ofYears(1);

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public MatchingDurationRule() {
        super("term.matching-duration", Severity.ERROR, Principle.FOUNDATIONS,
                "A computer matching agreement runs at most 18 months and renews at most once, for at most a year"
                        + " (5 U.S.C. 552a(o)(2)(C) and (D)).");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.kind() != AgreementKind.COMPUTER_MATCHING_AGREEMENT) {
            context.notApplicable("not a computer matching agreement");
            return;
        }
        Term term = agreement.term();
        LocalDate latest = Dates.plus(term.effective(), MAX_TERM);
        if (term.expires() == null) {
            context.report(JsonPointer.of("term", "expires"),
                    "the computer matching agreement has no expiry; 5 U.S.C. 552a(o)(2)(C) limits it to 18 months",
                    "set term.expires no later than " + latest);
        } else if (term.expires().isAfter(latest)) {
            context.report(JsonPointer.of("term", "expires"),
                    "the computer matching agreement runs from " + term.effective() + " to " + term.expires()
                            + ", longer than the 18 months 5 U.S.C. 552a(o)(2)(C) allows",
                    "set term.expires no later than " + latest + ", and renew the agreement if the match continues",
                    List.of(JsonPointer.of("term", "effective")));
        }
        Renewal renewal = term.renewal();
        if (renewal == null) {
            return;
        }
        if (renewal.maxRenewals() > 1) {
            context.report(JsonPointer.of("term", "renewal", "maxRenewals"),
                    "the computer matching agreement may be renewed " + renewal.maxRenewals()
                            + " times; 5 U.S.C. 552a(o)(2)(D) allows one renewal",
                    "set maxRenewals to 1 (or 0), and negotiate a new agreement after the renewal");
        }
        LocalDate base = term.expires() != null ? term.expires() : term.effective();
        if (Dates.plus(base, renewal.renewalTerm()).isAfter(Dates.plus(base, MAX_RENEWAL))) {
            context.report(JsonPointer.of("term", "renewal", "renewalTerm"),
                    "the computer matching agreement renews for " + renewal.renewalTerm()
                            + "; 5 U.S.C. 552a(o)(2)(D) allows at most one additional year",
                    "set renewalTerm to P1Y or less");
        }
    }
}
