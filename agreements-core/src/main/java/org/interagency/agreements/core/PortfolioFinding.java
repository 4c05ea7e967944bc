package org.interagency.agreements.core;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Something wrong between agreements of a portfolio, such as two agencies accountable for the
 * same work, place and time under two different agreements.
 *
 * @param ruleId the id of the rule that found it ({@code roles.accountable-overlap})
 * @param severity how much it matters, as configured for the rule
 * @param message what is wrong, in plain text naming both agreements
 * @param location one side: an agreement and a place in it
 * @param related the other side(s), in other agreements
 * @param hint how to put it right; {@code null} if the message says it all
 * @param fingerprint its identity across versions of the agreements, whatever their order in the
 *     portfolio and the order of their lists (see {@code docs/versions.md}); every finding that
 *     {@link AgreementValidator#validatePortfolio} reports has one, {@code null} until then
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PortfolioFinding(
        String ruleId,
        Severity severity,
        String message,
        AgreementLocation location,
        List<AgreementLocation> related,
        @Nullable String hint,
        @Nullable String fingerprint) implements Comparable<PortfolioFinding> {

    /** The order of findings in a portfolio report: by location, then rule id, then message. */
    public static final Comparator<PortfolioFinding> ORDER = Comparator
            .comparing(PortfolioFinding::location)
            .thenComparing(PortfolioFinding::ruleId)
            .thenComparing(PortfolioFinding::message)
            .thenComparing(PortfolioFinding::severity)
            .thenComparing(f -> f.related().toString());

    /**
     * Checks that the required parts are present and copies the list.
     *
     * @param ruleId the id of the rule that found it ({@code roles.accountable-overlap})
     * @param severity how much it matters, as configured for the rule
     * @param message what is wrong, in plain text naming both agreements
     * @param location one side: an agreement and a place in it
     * @param related the other side(s), in other agreements
     * @param hint how to put it right; {@code null} if the message says it all
     * @param fingerprint its identity across versions; {@code null} if it has none yet
     */
    public PortfolioFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        related = List.copyOf(related);
    }

    /**
     * A finding as a check reports it, with no fingerprint yet (the validator adds it).
     *
     * @param ruleId the id of the rule that found it ({@code roles.accountable-overlap})
     * @param severity how much it matters, as configured for the rule
     * @param message what is wrong, in plain text naming both agreements
     * @param location one side: an agreement and a place in it
     * @param related the other side(s), in other agreements
     * @param hint how to put it right; {@code null} if the message says it all
     */
    public PortfolioFinding(String ruleId, Severity severity, String message, AgreementLocation location,
            List<AgreementLocation> related, @Nullable String hint) {
        this(ruleId, severity, message, location, related, hint, null);
    }

    /**
     * {@return this finding with the fingerprint {@code newFingerprint}}
     *
     * @param newFingerprint its identity across versions
     */
    public PortfolioFinding withFingerprint(@Nullable String newFingerprint) {
        return new PortfolioFinding(ruleId, severity, message, location, related, hint, newFingerprint);
    }

    /** Compares in {@link #ORDER}. */
    @Override
    public int compareTo(PortfolioFinding other) {
        return ORDER.compare(this, other);
    }

    /** One line: {@code ERROR roles.accountable-overlap mou-a#/responsibilities/3: message}. */
    @Override
    public String toString() {
        return severity + " " + ruleId + " " + location + ": " + message;
    }
}
