package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Review;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code learning.review-overdue}: an agreement in force is reviewed within its review cycle. The
 * next review is due one review cycle after the latest review held on or before today, or after
 * the effective date if none has been held; the rule fires when that day is before today.
 * Reviews are where the parties learn what works; an agreement never reviewed drifts from
 * practice.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReviewOverdueRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ReviewOverdueRule() {
        super("learning.review-overdue", Severity.WARNING, Principle.LEARNING,
                "An agreement in force has been reviewed within its review cycle.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.status() != AgreementStatus.IN_FORCE) {
            context.notApplicable("the agreement is not in force");
            return;
        }
        LocalDate today = context.today();
        int latest = -1;
        List<Review> reviews = agreement.reviews();
        for (int i = 0; i < reviews.size(); i++) {
            LocalDate held = reviews.get(i).heldOn();
            if (!held.isAfter(today) && (latest < 0 || isLater(reviews.get(i), reviews.get(latest)))) {
                latest = i;
            }
        }
        Period cycle = agreement.term().reviewCycle();
        LocalDate since = latest < 0 ? agreement.term().effective() : reviews.get(latest).heldOn();
        LocalDate due = Dates.plus(since, cycle);
        if (!due.isBefore(today)) {
            context.passed("the next review is due on " + due);
            return;
        }
        List<JsonPointer> related = new ArrayList<>();
        related.add(JsonPointer.of("term", "reviewCycle"));
        if (latest >= 0) {
            related.add(JsonPointer.of("reviews", latest, "heldOn"));
        }
        context.report(JsonPointer.of("reviews"),
                (latest < 0 ? "no review has been held since the agreement took effect on " + since
                        : "the latest review was held on " + since)
                        + "; with a review cycle of " + cycle + " the next was due on " + due,
                "hold a review with every party and record it, with its successes and lessons learned",
                related);
    }

    /** Later held, or held the same day with a smaller id: the order of the reviews does not matter. */
    private static boolean isLater(Review candidate, Review latest) {
        int byDate = candidate.heldOn().compareTo(latest.heldOn());
        return byDate > 0 || byDate == 0 && candidate.id().compareTo(latest.id()) < 0;
    }
}
