package org.interagency.agreements.rules;

import org.interagency.agreements.Agreement;
import org.apiguardian.api.API;

import org.interagency.agreements.versions.VersionComparison;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
     * {@return the day the check treats as today, from the clock the validator was built with}
     * Rules about time that has passed ("no review within the review cycle") use this, never the
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
     * @param <T> the type of the fact's value
     * @param fact the fact asked for
     * @param agreement the agreement the fact is about: the one being validated
     * @return the fact's value
     * @throws RuntimeException whatever the derivation throws; nothing is then remembered, and
     *     each rule that asks fails on its own
     */
    default <T> T fact(SharedFact<T> fact, Agreement agreement) {
        return fact.derive(agreement);
    }

    /**
     * Reports a finding with no related locations.
     *
     * @param location where in the document
     * @param message what is wrong, in plain text (not a template); quote user values with care
     * @param hint how to put it right; {@code null} if the message says it all
     */
    default void report(JsonPointer location, String message, @Nullable String hint) {
        report(location, message, hint, List.of());
    }

    /**
     * Reports a finding whose message is written only when someone reads it: for a rule that may
     * report very many findings (every overlapping pair of a large agreement). The supplier must
     * be a pure function of what it captured. This default writes the message at once.
     *
     * @param location where in the document
     * @param message writes what is wrong, in plain text
     * @param hint how to put it right; {@code null} if the message says it all
     * @param related other places involved
     */
    default void report(JsonPointer location, Supplier<String> message, @Nullable String hint,
            List<JsonPointer> related) {
        report(location, message.get(), hint, related);
    }

    /**
     * Says that the agreement gives the rule nothing to check (no data-sharing protocol for a
     * rule about data sharing, say), so that the report explains the silence as
     * {@link Outcome#NOT_APPLICABLE} rather than {@link Outcome#PASSED}. A rule that also reports
     * findings has the outcome {@link Outcome#FOUND}. The last thing a rule says counts. This
     * default ignores it.
     *
     * @param reason why, in one line, for example {@code "no data-sharing protocol"}
     */
    default void notApplicable(String reason) {
    }

    /**
     * Says that the rule needs data the agreement does not give (a rule about dates, on an
     * agreement without them), so that the report shows {@link Outcome#UNKNOWN} rather than
     * {@link Outcome#PASSED}. A rule that also reports findings has the outcome
     * {@link Outcome#FOUND}. The last thing a rule says counts. This default ignores it.
     *
     * @param reason what is missing, in one line, for example {@code "the term has no end date"}
     */
    default void unknown(String reason) {
    }

    /**
     * Says what the rule checked and found in order, for the report's explanation of a
     * {@link Outcome#PASSED} outcome. Saying nothing and reporting nothing also passes. This
     * default ignores it.
     *
     * @param reason what was checked, in one line, for example {@code "4 responsibilities checked"}
     */
    default void passed(String reason) {
    }

    /**
     * {@return the comparison of the agreement with the version it renews or supersedes, when the
     * caller gave the validator that version ({@code AgreementValidator.validate(current,
     * previous)}); empty otherwise, and in this default} A rule about renewals ("renewed without
     * any change") reads its {@linkplain VersionComparison#material() material changes}.
     */
    default Optional<VersionComparison> previousVersion() {
        return Optional.empty();
    }
}
