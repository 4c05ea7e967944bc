package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What one rule did with one agreement: the explanation behind a report, rule by rule.
 *
 * @param ruleId the rule's id
 * @param outcome what happened
 * @param findings how many findings the rule reported; more than zero exactly when the outcome is
 *     {@link Outcome#FOUND}
 * @param reason why, in one line, where the rule or the engine said (why nothing applied, which
 *     data was missing, what was checked); {@code null} where nothing was said
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleOutcome(String ruleId, Outcome outcome, int findings, @Nullable String reason) {

    /**
     * Checks that the count agrees with the outcome.
     *
     * @param ruleId the rule's id
     * @param outcome what happened
     * @param findings how many findings the rule reported; more than zero exactly when the outcome
     *     is {@link Outcome#FOUND}
     * @param reason why, in one line, where the rule or the engine said (why nothing applied, which
     *     data was missing, what was checked); {@code null} where nothing was said
     * @throws IllegalArgumentException if {@code findings} is negative, or positive for any
     *     outcome but {@link Outcome#FOUND}, or zero for {@link Outcome#FOUND}
     */
    public RuleOutcome {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(outcome, "outcome");
        if (findings < 0 || (outcome == Outcome.FOUND) != (findings > 0)) {
            throw new IllegalArgumentException("rule " + Messages.quote(ruleId) + ": outcome " + outcome
                    + " with " + findings + " findings (FOUND exactly when there are findings)");
        }
    }

    /** One line: {@code roles.accountable-overlap FOUND 2} or {@code data.retention NOT_APPLICABLE: no data-sharing protocol}. */
    @Override
    public String toString() {
        String count = outcome == Outcome.FOUND ? " " + findings : "";
        return ruleId + " " + outcome + count + (reason == null ? "" : ": " + reason);
    }
}
