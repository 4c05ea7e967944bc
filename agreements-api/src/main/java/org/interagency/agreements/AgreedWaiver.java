package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.Size;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A waiver the parties agreed and recorded in the agreement itself: the acceptance of one finding
 * of one rule, for a reason, by someone, until a day. It has the parts of a waiver in a waiver
 * file (see {@link Waiver}) but the agreement's id, which is the agreement's own. The validator
 * applies it as it applies a waiver given to it, and the report says the waiver was agreed in the
 * agreement ({@link Waiver.Origin#AGREEMENT}).
 *
 * <p>The finding is named by its {@code location} (an RFC 6901 JSON Pointer, {@code ""} for the
 * whole document) or by its {@code fingerprint}, never both. Whether the rule exists and whether
 * the waiver runs longer than the validator allows are the validator's matters: it reports either
 * as a finding at the waiver. Added in schema version 1.1.
 *
 * @param ruleId the id of the rule whose finding is accepted, for example
 *     {@code roles.accountable-overlap}
 * @param location the JSON Pointer to the finding's location; {@code null} if the waiver names
 *     the finding by its fingerprint
 * @param fingerprint the finding's fingerprint; {@code null} if the waiver names the finding by
 *     its location
 * @param justification why the parties accept the finding
 * @param approvedBy who accepted it for the parties
 * @param approved the day it was accepted
 * @param expires the last day the waiver holds (inclusive); not before {@code approved}
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AgreementRecord
public record AgreedWaiver(
        @Size(max = 200) String ruleId,
        @Nullable @Size(max = 2000) String location,
        @Nullable @Size(max = 200) String fingerprint,
        @Size(max = 10_000) String justification,
        @Size(max = 500) String approvedBy,
        LocalDate approved,
        LocalDate expires) {

    /**
     * Checks that the required parts are present, that the waiver names its finding one way
     * exactly, and that it is a valid {@link Waiver}: texts not blank, a location in the normal
     * form of a JSON Pointer, no expiry before the approval.
     *
     * @param ruleId the id of the rule whose finding is accepted, for example {@code
     *     roles.accountable-overlap}
     * @param location the JSON Pointer to the finding's location; {@code null} if the waiver names
     *     the finding by its fingerprint
     * @param fingerprint the finding's fingerprint; {@code null} if the waiver names the finding
     *     by its location
     * @param justification why the parties accept the finding
     * @param approvedBy who accepted it for the parties
     * @param approved the day it was accepted
     * @param expires the last day the waiver holds (inclusive); not before {@code approved}
     * @throws IllegalArgumentException if the waiver names its finding by neither or both, or is
     *     not a valid waiver
     */
    public AgreedWaiver {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(expires, "expires");
        if ((location == null) == (fingerprint == null)) {
            throw new IllegalArgumentException("a waiver names its finding by \"location\" (a JSON Pointer) or by"
                    + " \"fingerprint\", " + (location == null ? "and this one names it by neither" : "not both"));
        }
        if (location != null && !location.isEmpty() && location.charAt(0) != '/') {
            throw new IllegalArgumentException("the location must be a JSON Pointer: \"\" for the document or a"
                    + " path starting with '/', such as \"/responsibilities/2\"");
        }
        if (fingerprint != null && (fingerprint.isEmpty() || fingerprint.charAt(0) == '/')) {
            throw new IllegalArgumentException("a fingerprint is not empty and does not start with '/' (that is a"
                    + " location)");
        }
        // The checks of a waiver, whichever agreement it is in.
        toWaiver(ruleId, "agreement", location, fingerprint, justification, approvedBy, approved, expires);
    }

    /**
     * {@return the finding's target as a {@link Waiver} names it: the location, or else the
     * fingerprint}
     */
    public String target() {
        return location != null ? location : Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * {@return this waiver as the validator applies it to the agreement {@code agreementId}, with
     * the origin {@link Waiver.Origin#AGREEMENT}}
     *
     * @param agreementId the id of the agreement that records the waiver
     */
    public Waiver toWaiver(String agreementId) {
        return toWaiver(ruleId, agreementId, location, fingerprint, justification, approvedBy, approved, expires);
    }

    private static Waiver toWaiver(String ruleId, String agreementId, @Nullable String location,
            @Nullable String fingerprint, String justification, String approvedBy, LocalDate approved,
            LocalDate expires) {
        String target = location != null ? location : Objects.requireNonNull(fingerprint, "fingerprint");
        return new Waiver(ruleId, agreementId, target, justification, approvedBy, approved, expires,
                Waiver.Origin.AGREEMENT);
    }
}
