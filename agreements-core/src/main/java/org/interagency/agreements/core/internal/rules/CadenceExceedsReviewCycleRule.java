package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.time.Period;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code comms.cadence-exceeds-review-cycle}: no channel meets less often than the agreement is
 * reviewed. A review then finds parties that have not spoken since the last one.
 *
 * <p>Periods compare in approximate days (365 a year, 30 a month), so that {@code P5W} and
 * {@code P1M} compare although the JDK's {@link Period} has no order.
 */
@API(status = INTERNAL, since = "0.1")
public final class CadenceExceedsReviewCycleRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public CadenceExceedsReviewCycleRule() {
        super("comms.cadence-exceeds-review-cycle", Severity.WARNING, Principle.COMMUNICATION,
                "No channel's cadence is longer than the agreement's review cycle.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.channels().stream().allMatch(channel -> channel.cadence() == null)) {
            context.notApplicable("no channel states a cadence");
            return;
        }
        Period cycle = agreement.term().reviewCycle();
        long cycleDays = Dates.approximateDays(cycle);
        List<CommunicationChannel> channels = agreement.channels();
        for (int i = 0; i < channels.size(); i++) {
            Period cadence = channels.get(i).cadence();
            if (cadence != null && Dates.approximateDays(cadence) > cycleDays) {
                context.report(JsonPointer.of("channels", i, "cadence"),
                        "channel " + Messages.quote(channels.get(i).id()) + " meets every " + cadence
                                + ", less often than the agreement is reviewed (every " + cycle + ")",
                        "make the cadence at most the review cycle, so each review follows at least one exchange",
                        List.of(JsonPointer.of("term", "reviewCycle")));
            }
        }
    }
}
