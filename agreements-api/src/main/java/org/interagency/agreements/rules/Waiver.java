package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The acceptance of one finding, for a reason, by someone, until a date. A waiver never hides its
 * finding: the report keeps the finding, marked {@linkplain Finding#waiver() waived}, and leaves it
 * out of the counts that decide whether a check fails.
 *
 * <p>The target says which finding of the rule is accepted, in one of two forms:
 * <ul>
 *   <li>a JSON Pointer (RFC 6901) to the finding's {@linkplain Finding#location() location}: the
 *       empty string for the document root, otherwise a string that starts with {@code /}, such
 *       as {@code /responsibilities/3/assignments/1}. It accepts every finding of the rule at that
 *       location, and stops matching when the element moves in the document;</li>
 *   <li>the finding's {@linkplain Finding#fingerprint() fingerprint}: anything else. It follows
 *       the finding across versions of the agreement, and matches only findings that carry a
 *       fingerprint.</li>
 * </ul>
 *
 * <p>Dates are days in the validator's calendar (UTC unless its clock says otherwise). A waiver
 * cannot expire before the day it was approved; how long after it may expire is capped by the
 * validator's configuration (one year by default).
 *
 * <p>A waiver comes from outside the agreement (a waiver file, or the validator's builder: its
 * {@link #origin()} is {@link Origin#EXTERNAL}), or from the agreement itself, where the parties
 * recorded it ({@link org.interagency.agreements.Agreement#waivers()}: {@link Origin#AGREEMENT}).
 * Both are matched, expire and are reported alike; the report says which it was.
 *
 * <pre>{@code
 * Waiver waiver = new Waiver("roles.accountable-overlap", "harris-flood-mou", "/responsibilities/2",
 *         "the county and the state share evacuation accountability until the 2027 revision",
 *         "counsel@harriscountytx.gov", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
 * }</pre>
 *
 * @param ruleId the id of the rule whose finding is accepted
 * @param agreementId the id of the agreement the finding is in
 * @param target which finding of that rule: a JSON Pointer to its location, or its fingerprint
 *     (see above)
 * @param justification why the finding is accepted; not blank
 * @param approvedBy who accepted it; not blank
 * @param approved the day it was accepted
 * @param expires the last day on which the waiver holds (inclusive); from the next day on the
 *     finding is active again; not before {@code approved}
 * @param origin where the waiver was recorded: outside the agreement, or in it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Waiver(
        String ruleId,
        String agreementId,
        String target,
        String justification,
        String approvedBy,
        LocalDate approved,
        LocalDate expires,
        Origin origin) {

    /** Where a waiver was recorded. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Origin {
        /**
         * Outside the agreement: in a waiver file, or given to the validator's builder in code
         * (SARIF writes its suppression with the kind {@code external}).
         */
        EXTERNAL,
        /**
         * In the agreement itself, where its parties agreed it ({@link
         * org.interagency.agreements.Agreement#waivers()}; SARIF's suppression kind {@code inSource}).
         */
        AGREEMENT
    }

    /**
     * Checks that every part is present, that the texts are not blank, that a target written as a
     * JSON Pointer is one in its normal form, and that the waiver does not expire before it was
     * approved.
     *
     * @param ruleId the id of the rule whose finding is accepted
     * @param agreementId the id of the agreement the finding is in
     * @param target which finding of that rule: a JSON Pointer to its location, or its fingerprint
     *     (see above)
     * @param justification why the finding is accepted; not blank
     * @param approvedBy who accepted it; not blank
     * @param approved the day it was accepted
     * @param expires the last day on which the waiver holds (inclusive); from the next day on the
     *     finding is active again; not before {@code approved}
     * @param origin where the waiver was recorded: outside the agreement, or in it
     * @throws IllegalArgumentException if a text is blank, a pointer target is malformed, or
     *     {@code expires} is before {@code approved}
     */
    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(origin, "origin");
        requireText(ruleId, "ruleId");
        requireText(agreementId, "agreementId");
        requireText(justification, "justification");
        requireText(approvedBy, "approvedBy");
        if (isPointer(target)) {
            JsonPointer pointer = JsonPointer.parse(target);
            if (!pointer.toString().equals(target)) {
                throw new IllegalArgumentException("a waiver's target " + Messages.quote(target)
                        + " is not a JSON Pointer in its normal form; write " + Messages.quote(pointer.toString()));
            }
        } else if (target.isBlank() || !target.equals(target.strip())) {
            throw new IllegalArgumentException("a waiver's fingerprint target must not be blank or start or end with"
                    + " white space: " + Messages.quote(target));
        }
        if (expires.isBefore(approved)) {
            throw new IllegalArgumentException("a waiver approved on " + approved + " cannot expire before it, on "
                    + expires + ": a waiver already past when it is made waives nothing");
        }
    }

    /**
     * A waiver recorded outside the agreement ({@link Origin#EXTERNAL}): in a waiver file, or
     * given to the validator in code.
     *
     * @param ruleId the id of the rule whose finding is accepted
     * @param agreementId the id of the agreement the finding is in
     * @param target which finding of that rule: a JSON Pointer to its location, or its fingerprint
     *     (see above)
     * @param justification why the finding is accepted; not blank
     * @param approvedBy who accepted it; not blank
     * @param approved the day it was accepted
     * @param expires the last day on which the waiver holds (inclusive); from the next day on the
     *     finding is active again; not before {@code approved}
     * @throws IllegalArgumentException if a text is blank, a pointer target is malformed, or
     *     {@code expires} is before {@code approved}
     */
    public Waiver(String ruleId, String agreementId, String target, String justification, String approvedBy,
            LocalDate approved, LocalDate expires) {
        this(ruleId, agreementId, target, justification, approvedBy, approved, expires, Origin.EXTERNAL);
    }

    /**
     * {@return the same waiver, recorded in {@code origin}}
     *
     * @param origin where the waiver is recorded
     */
    public Waiver withOrigin(Origin origin) {
        return origin == this.origin ? this
                : new Waiver(ruleId, agreementId, target, justification, approvedBy, approved, expires, origin);
    }

    /**
     * {@return whether the parties recorded this waiver in the agreement itself}
     */
    public boolean isAgreed() {
        return origin == Origin.AGREEMENT;
    }

    /**
     * {@return whether the waiver still holds on {@code day}: up to and including {@link #expires()}}
     *
     * @param day the day asked about
     */
    public boolean holdsOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    /**
     * {@return the location the waiver targets, if its target is a JSON Pointer rather than a
     * fingerprint}
     */
    public Optional<JsonPointer> location() {
        return isPointer(target) ? Optional.of(JsonPointer.parse(target)) : Optional.empty();
    }

    /**
     * {@return the fingerprint the waiver targets, if its target is one rather than a JSON Pointer}
     */
    public Optional<String> fingerprint() {
        return isPointer(target) ? Optional.empty() : Optional.of(target);
    }

    /**
     * Whether this waiver accepts {@code finding}, its agreement aside (a finding does not name
     * its agreement: the engine compares {@link #agreementId()}): the same rule, and the same
     * location or the same fingerprint, as the target says. Expiry is not considered.
     *
     * @param finding a finding of the agreement the waiver belongs to
     * @return whether the waiver accepts it
     */
    public boolean targets(Finding finding) {
        if (!ruleId.equals(finding.ruleId())) {
            return false;
        }
        if (isPointer(target)) {
            return target.equals(finding.location().toString());
        }
        return target.equals(finding.fingerprint());
    }

    private static boolean isPointer(String target) {
        return target.isEmpty() || target.charAt(0) == '/';
    }

    private static void requireText(String value, String part) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a waiver's " + part + " must not be blank");
        }
    }
}
