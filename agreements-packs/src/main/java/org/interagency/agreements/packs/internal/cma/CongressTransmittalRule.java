package org.interagency.agreements.packs.internal.cma;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Notice;
import org.interagency.agreements.NoticeKind;
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
 * {@code us-cma.congress-transmittal}: a copy of the agreement "shall be transmitted" to the
 * committees of the Senate and the House (5 U.S.C. 552a(o)(2)(A)(i)), and "No such agreement
 * shall be effective until 30 days after the date on which such a copy is transmitted"
 * ((o)(2)(B)): the agreement records a {@code congress-transmittal} notice, and takes effect no
 * earlier than 30 days after the last one. Which committees the copy went to is not checked: the
 * statute's committee names are historical, and their present successors are not verified.
 */
@API(status = INTERNAL, since = "0.1")
public final class CongressTransmittalRule extends AbstractRule {

    private static final int WAITING_DAYS = 30;

    /** Creates the rule. */
    public CongressTransmittalRule() {
        super("us-cma.congress-transmittal", Severity.ERROR, Principle.FOUNDATIONS,
                "A computer matching agreement is transmitted to Congress and takes effect at least 30 days later.",
                List.of(Cma.privacyAct("(o)(2)(A)(i)"), Cma.privacyAct("(o)(2)(B)")));
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        int last = -1;
        List<Notice> notices = agreement.notices();
        for (int i = 0; i < notices.size(); i++) {
            Notice notice = notices.get(i);
            if (notice.kind() == NoticeKind.CONGRESS_TRANSMITTAL
                    && (last < 0 || notice.givenOn().isAfter(notices.get(last).givenOn()))) {
                last = i;
            }
        }
        if (last < 0) {
            context.report(JsonPointer.of("notices"), "the agreement records no transmittal of a copy to the"
                    + " committees of Congress, which 5 U.S.C. 552a(o)(2)(A)(i) requires",
                    "add a notice of kind \"congress-transmittal\" with the day the copy was sent");
            return;
        }
        LocalDate sent = notices.get(last).givenOn();
        LocalDate earliest = Dates.plus(sent, Period.ofDays(WAITING_DAYS));
        if (agreement.term().effective().isBefore(earliest)) {
            context.report(JsonPointer.of("term", "effective"), "the agreement takes effect on "
                    + agreement.term().effective() + ", less than 30 days after its copy was transmitted to Congress on "
                    + sent + "; 5 U.S.C. 552a(o)(2)(B) makes it effective no earlier than " + earliest,
                    "set term.effective to " + earliest + " or later", List.of(JsonPointer.of("notices", last)));
        }
    }
}
