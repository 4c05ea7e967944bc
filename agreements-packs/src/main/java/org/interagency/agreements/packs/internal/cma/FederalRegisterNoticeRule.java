package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.Notice;
import org.interagency.agreements.NoticeKind;
import org.interagency.agreements.Party;
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
 * {@code us-cma.federal-register-notice}: an agency in a matching program with a non-Federal
 * agency shall, "at least 30 days prior to conducting such program, publish in the Federal
 * Register notice of such establishment or revision" (5 U.S.C. 552a(e)(12)). When a party states a
 * government level other than federal, a federal party has published a {@code federal-register}
 * notice at least 30 days before the term takes effect. The model has no separate start date of
 * the match, so the term's effective date stands for it.
 */
@API(status = INTERNAL, since = "0.1")
public final class FederalRegisterNoticeRule extends AbstractRule {

    private static final int NOTICE_DAYS = 30;

    /** Creates the rule. */
    public FederalRegisterNoticeRule() {
        super("us-cma.federal-register-notice", Severity.ERROR, Principle.FOUNDATIONS,
                "A matching program with a non-federal agency is published in the Federal Register at least 30 days"
                        + " before it starts.",
                List.of(Cma.privacyAct("(e)(12)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (Cma.noLevelStated(agreement)) {
            context.unknown("no party states its government level, so whether a non-federal agency takes part is not known");
            return;
        }
        if (agreement.parties().stream().noneMatch(Cma::isNonFederal)) {
            context.notApplicable("every party that states its level is federal");
            return;
        }
        LocalDate latest = Dates.plus(agreement.term().effective(), Period.ofDays(-NOTICE_DAYS));
        int found = -1;
        List<Notice> notices = agreement.notices();
        for (int i = 0; i < notices.size(); i++) {
            Notice notice = notices.get(i);
            boolean byFederalParty = agreement.party(notice.agencyId()).map(Party::governmentLevel)
                    .filter(level -> level == GovernmentLevel.FEDERAL).isPresent();
            if (notice.kind() == NoticeKind.FEDERAL_REGISTER && byFederalParty) {
                if (!notice.givenOn().isAfter(latest)) {
                    return;
                }
                found = i;
            }
        }
        if (found < 0) {
            context.report(JsonPointer.of("notices"), "a non-federal agency takes part in the matching program, and no"
                    + " federal party has published notice of it in the Federal Register, which 5 U.S.C. 552a(e)(12)"
                    + " requires at least 30 days before the program is conducted",
                    "add a notice of kind \"federal-register\" by the federal party, published on or before " + latest);
        } else {
            context.report(JsonPointer.of("notices", found, "givenOn"), "the Federal Register notice was published on "
                    + notices.get(found).givenOn() + ", less than 30 days before the program starts on "
                    + agreement.term().effective() + "; 5 U.S.C. 552a(e)(12) requires it by " + latest,
                    "publish the notice by " + latest + ", or set term.effective 30 days after the notice or later",
                    List.of(JsonPointer.of("term", "effective")));
        }
    }
}
