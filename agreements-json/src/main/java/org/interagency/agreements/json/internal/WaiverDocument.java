package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

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
         * Checks the waiver as {@link org.interagency.agreements.rules.Waiver} does, and that it
         * has exactly one target.
         *
         * @throws IllegalArgumentException if it has no target or two, or is not a valid waiver
         */
        public Waiver {
            if ((location == null) == (fingerprint == null)) {
                throw new IllegalArgumentException("a waiver names its finding by \"location\" (a JSON Pointer) or by"
                        + " \"fingerprint\", " + (location == null ? "and this one names it by neither" : "not both"));
            }
            if (location != null && !location.isEmpty() && location.charAt(0) != '/') {
                throw new IllegalArgumentException("the location must be a JSON Pointer: \"\" for the document or a"
                        + " path starting with '/', such as \"/responsibilities/2\"");
            }
            toWaiver(ruleId, agreementId, location, fingerprint, justification, approvedBy, approved, expires);
        }

        /** The waiver of the library. */
        public org.interagency.agreements.rules.Waiver toWaiver() {
            return toWaiver(ruleId, agreementId, location, fingerprint, justification, approvedBy, approved, expires);
        }

        private static org.interagency.agreements.rules.Waiver toWaiver(String ruleId, String agreementId,
                @Nullable String location, @Nullable String fingerprint, String justification, String approvedBy,
                LocalDate approved, LocalDate expires) {
            String target = location != null ? location : fingerprint;
            return new org.interagency.agreements.rules.Waiver(ruleId, agreementId,
                    target == null ? "" : target, justification, approvedBy, approved, expires);
        }
    }
}
