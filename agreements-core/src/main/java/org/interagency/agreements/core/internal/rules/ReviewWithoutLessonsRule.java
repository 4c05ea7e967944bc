package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Review;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * {@code learning.review-without-lessons}: a review that has been held records its successes and
 * its lessons learned. Informational: a review that records neither leaves nothing for the next
 * one to build on. Reviews planned after today are not checked.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReviewWithoutLessonsRule extends AbstractRule {

    /** Creates the rule; the engine finds it with {@link java.util.ServiceLoader}. */
    public ReviewWithoutLessonsRule() {
        super("learning.review-without-lessons", Severity.INFO, Principle.LEARNING,
                "A review that has been held records successes and lessons learned.");
    }

    @Override
    public void check(Agreement agreement, RuleContext context) {
        if (agreement.reviews().stream().allMatch(review -> review.heldOn().isAfter(context.today()))) {
            context.notApplicable("no review has been held yet");
            return;
        }
        LocalDate today = context.today();
        List<Review> reviews = agreement.reviews();
        for (int i = 0; i < reviews.size(); i++) {
            Review review = reviews.get(i);
            if (review.heldOn().isAfter(today)) {
                continue;
            }
            if (review.successes().isEmpty()) {
                context.report(JsonPointer.of("reviews", i, "successes"),
                        "review " + Messages.quote(review.id()) + " held on " + review.heldOn() + " records no success",
                        "record what went well, so that it is recognised and repeated");
            }
            if (review.lessonsLearned().isEmpty()) {
                context.report(JsonPointer.of("reviews", i, "lessonsLearned"),
                        "review " + Messages.quote(review.id()) + " held on " + review.heldOn()
                                + " records no lesson learned",
                        "record what the parties will do differently");
            }
        }
    }
}
