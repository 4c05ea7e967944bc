package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The acceptance of one finding, for a reason, by someone, until a date. A waiver never hides its
 * finding: the report keeps the finding, marked {@linkplain Finding#waiver() waived}, and leaves it
 * out of the counts that decide whether a check fails.
 *
 * @param ruleId the id of the rule whose finding is accepted
 * @param agreementId the id of the agreement the finding is in
 * @param target which finding of that rule: its {@linkplain Finding#fingerprint() fingerprint},
 *     or a JSON Pointer (starting with {@code /}) to its location as the fallback
 * @param justification why the finding is accepted; not blank
 * @param approvedBy who accepted it; not blank
 * @param expires the last day on which the waiver holds (inclusive); from the next day on the
 *     finding is active again
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Waiver(
        String ruleId,
        String agreementId,
        String target,
        String justification,
        String approvedBy,
        LocalDate expires) {

    /**
     * Checks that every part is present and that the texts are not blank.
     *
     * @throws IllegalArgumentException if a text is blank
     */
    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(expires, "expires");
        requireText(ruleId, "ruleId");
        requireText(agreementId, "agreementId");
        requireText(target, "target");
        requireText(justification, "justification");
        requireText(approvedBy, "approvedBy");
    }

    /** Whether the waiver still holds on {@code day}: up to and including {@link #expires()}. */
    public boolean holdsOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    private static void requireText(String value, String part) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a waiver's " + part + " must not be blank");
        }
    }
}
