package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;
import org.interagency.agreements.AgreedWaiver;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The waiver file: {@code {"schemaVersion": "1.0", "waivers": [...]}}, as the reader reads it.
 *
 * @param schemaVersion the version of the waiver file format, major version 1
 * @param waivers the waivers, in order
 */
@API(status = INTERNAL, since = "0.1")
public record WaiverDocument(String schemaVersion, List<Waiver> waivers) {

    /** Copies the list. */
    public WaiverDocument {
        waivers = List.copyOf(waivers);
    }

    /**
     * One waiver as the file writes it: the target as either {@code location} or
     * {@code fingerprint}, never both.
     */
    @API(status = INTERNAL, since = "0.1")
    public record Waiver(String ruleId, String agreementId, @Nullable String location, @Nullable String fingerprint,
            String justification, String approvedBy, LocalDate approved, LocalDate expires) {

        /**
         * Checks the waiver as an {@link AgreedWaiver} (the same parts, but the agreement id) and
         * {@link org.interagency.agreements.rules.Waiver} check theirs: one target, a location in
         * the form of a JSON Pointer, texts not blank, no expiry before the approval.
         *
         * @throws IllegalArgumentException if it has no target or two, or is not a valid waiver
         */
        public Waiver {
            toWaiver(ruleId, agreementId, location, fingerprint, justification, approvedBy, approved, expires);
        }

        /** The waiver of the library, from outside the agreement. */
        public org.interagency.agreements.rules.Waiver toWaiver() {
            return toWaiver(ruleId, agreementId, location, fingerprint, justification, approvedBy, approved, expires);
        }

        private static org.interagency.agreements.rules.Waiver toWaiver(String ruleId, String agreementId,
                @Nullable String location, @Nullable String fingerprint, String justification, String approvedBy,
                LocalDate approved, LocalDate expires) {
            return new AgreedWaiver(ruleId, location, fingerprint, justification, approvedBy, approved, expires)
                    .toWaiver(agreementId).withOrigin(org.interagency.agreements.rules.Waiver.Origin.EXTERNAL);
        }
    }
}
