package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Hierarchy;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One thing a rule found wrong with an agreement, and where.
 *
 * <p>Messages are plain text meant for a person: they say what is wrong and where, and quote
 * values from the agreement shortened and escaped. They are never templates: a value such as
 * {@code ${...}} in the agreement appears as written.
 *
 * @param ruleId the id of the rule that found it, for example {@code roles.accountable-overlap};
 *     Bean Validation violations carry {@value #BEAN_VALIDATION_RULE_ID}
 * @param severity how much it matters, as configured for the rule
 * @param message what is wrong, in a sentence
 * @param location where in the document, for example {@code /responsibilities/3/assignments/1}
 * @param related other places involved (the other side of an overlap); may be empty
 * @param hint how to put it right; {@code null} if the message says it all
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record Finding(
        String ruleId,
        Severity severity,
        String message,
        JsonPointer location,
        List<JsonPointer> related,
        @Nullable String hint) implements Comparable<Finding> {

    /** The rule id of findings that report a Bean Validation constraint violation. */
    public static final String BEAN_VALIDATION_RULE_ID = "model.constraint";

    /** The order of findings in a report: by location, then rule id, then message, then the rest. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::related, Hierarchy::compare)
            .thenComparing(f -> f.hint() == null ? "" : f.hint());

    /** Checks that the required parts are present and copies the list. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        related = List.copyOf(related);
    }

    /** This finding with another severity, as configured by a user. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, related, hint);
    }

    /** Compares in {@link #ORDER}. */
    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** One line: {@code ERROR roles.accountable-overlap /responsibilities/3: message}. */
    @Override
    public String toString() {
        return severity + " " + ruleId + " " + (location.isRoot() ? "/" : location.toString()) + ": " + message;
    }
}
