package org.interagency.agreements.rules;

import org.interagency.agreements.Agreement;
import org.apiguardian.api.API;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What the engine gives a rule while it checks one agreement: where to report findings, and the
 * facts a rule must not take from the environment itself (today's date), so that a check is
 * repeatable.
 *
 * <p>The engine stamps each reported finding with the rule's id and its configured severity.
 * A context is used by one rule on one thread; it is not safe to keep after
 * {@link Rule#check(org.interagency.agreements.Agreement, RuleContext)} returns.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RuleContext {

    /**
     * The day the check treats as today, from the clock the validator was built with. Rules
     * about time that has passed ("no review within the review cycle") use this, never the
     * system clock.
     */
    LocalDate today();

    /**
     * Reports a finding.
     *
     * @param location where in the document
     * @param message what is wrong, in plain text (not a template); quote user values with care
     * @param hint how to put it right; {@code null} if the message says it all
     * @param related other places involved, such as the other side of an overlap
     */
    void report(JsonPointer location, String message, @Nullable String hint, List<JsonPointer> related);

    /**
     * The fact {@code fact} about {@code agreement}: derived once per validation by the engine
     * and shared by every rule that asks for it, or derived afresh by a context that shares
     * nothing (this default).
     *
     * @throws RuntimeException whatever the derivation throws; nothing is then remembered, and
     *     each rule that asks fails on its own
     */
    default <T> T fact(SharedFact<T> fact, Agreement agreement) {
        return fact.derive(agreement);
    }

    /** Reports a finding with no related locations. */
    default void report(JsonPointer location, String message, @Nullable String hint) {
        report(location, message, hint, List.of());
    }
}
