package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.Term;
import org.interagency.agreements.packs.internal.Dates;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code term.matching-duration}: a computer matching agreement "shall remain in effect only for
 * such period, not to exceed 18 months, as the Data Integrity Board ... determines" (5 U.S.C.
 * 552a(o)(2)(C)), and a renewal is "for not more than one additional year" ((o)(2)(D)).
 *
 * <p>A term includes its last day ({@link Term#expires()}), so 18 months from 2026-07-01 end on
 * 2027-12-31: an expiry of 2028-01-01 is 18 months and a day. A renewal of a year after an expiry
 * of 2027-12-31 ends on 2028-12-31. (The id keeps the area {@code term} it had before the rule
 * moved into this pack: configurations name it.)
 */
@API(status = INTERNAL, since = "0.1")
public final class MatchingDurationRule extends AbstractRule {

    /** The longest term, 5 U.S.C. 552a(o)(2)(C). */
    private static final Period MAX_TERM = Period.ofMonths(18);

    /** The longest renewal, 5 U.S.C. 552a(o)(2)(D). */
    private static final Period MAX_RENEWAL = Period.ofYears(1);

    /** Creates the rule. */
    public MatchingDurationRule() {
        super("term.matching-duration", Severity.ERROR, Principle.FOUNDATIONS,
                "A computer matching agreement runs at most 18 months, and a renewal at most one additional year.",
                List.of(Cma.privacyAct("(o)(2)(C)"), Cma.privacyAct("(o)(2)(D)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        Term term = agreement.term();
        LocalDate lastDay = Dates.lastDayOf(term.effective(), MAX_TERM);
        if (term.expires() == null) {
            context.report(JsonPointer.of("term", "expires"),
                    "the computer matching agreement has no expiry; 5 U.S.C. 552a(o)(2)(C) limits it to 18 months",
                    "set term.expires no later than " + lastDay);
        } else if (term.expires().isAfter(lastDay)) {
            context.report(JsonPointer.of("term", "expires"),
                    "the computer matching agreement runs from " + term.effective() + " to " + term.expires()
                            + ", longer than the 18 months 5 U.S.C. 552a(o)(2)(C) allows",
                    "set term.expires no later than " + lastDay + ", and renew the agreement if the match continues",
                    List.of(JsonPointer.of("term", "effective")));
        }
        Renewal renewal = term.renewal();
        if (renewal == null) {
            return;
        }
        // A renewal runs from the day after the expiry; compare the last days of the two periods,
        // so that P12M, P1Y and P365D compare as the calendar says.
        LocalDate renewedFrom = term.expires() != null ? Dates.plus(term.expires(), Period.ofDays(1)) : term.effective();
        if (Dates.lastDayOf(renewedFrom, renewal.renewalTerm()).isAfter(Dates.lastDayOf(renewedFrom, MAX_RENEWAL))) {
            context.report(JsonPointer.of("term", "renewal", "renewalTerm"),
                    "the computer matching agreement renews for " + renewal.renewalTerm()
                            + "; 5 U.S.C. 552a(o)(2)(D) allows at most one additional year",
                    "set renewalTerm to P1Y or less");
        }
    }
}
