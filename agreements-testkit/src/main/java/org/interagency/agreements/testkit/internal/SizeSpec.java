package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How big generated agreements are: the least and most elements of each tunable section, and
 * whether every term has an expiry date.
 *
 * @param minParties least parties
 * @param maxParties most parties
 * @param minResponsibilities least responsibilities
 * @param maxResponsibilities most responsibilities
 * @param minAssignments least assignments per responsibility (at least 2: accountable and responsible)
 * @param maxAssignments most assignments per responsibility
 * @param minProtocols least data-sharing protocols
 * @param maxProtocols most data-sharing protocols
 * @param minGoals least goals
 * @param maxGoals most goals
 * @param expiringTermsOnly whether every term has an expiry date
 */
@API(status = INTERNAL, since = "0.1")
public record SizeSpec(
        int minParties,
        int maxParties,
        int minResponsibilities,
        int maxResponsibilities,
        int minAssignments,
        int maxAssignments,
        int minProtocols,
        int maxProtocols,
        int minGoals,
        int maxGoals,
        boolean expiringTermsOnly) {

    /** The default size: 2 to 6 parties, up to 8 responsibilities, up to 3 protocols. */
    public static final SizeSpec DEFAULT = new SizeSpec(2, 6, 1, 8, 2, 5, 0, 3, 1, 3, false);

    /** Checks the bounds (1 party is allowed here, for the defect generator of {@code parties.too-few}). */
    public SizeSpec {
        check("parties", minParties, maxParties, 1);
        check("responsibilities", minResponsibilities, maxResponsibilities, 0);
        check("assignments", minAssignments, maxAssignments, 2);
        check("protocols", minProtocols, maxProtocols, 0);
        check("goals", minGoals, maxGoals, 1);
    }

    /**
     * Checks one pair of bounds.
     *
     * @throws IllegalArgumentException if {@code min} is below {@code least} or above {@code max}
     */
    public static void check(String what, int min, int max, int least) {
        if (min < least) {
            throw new IllegalArgumentException("the least number of " + what + " is " + min
                    + ", but generated agreements need at least " + least);
        }
        if (max < min) {
            throw new IllegalArgumentException("the most " + what + " (" + max + ") is fewer than the least (" + min + ")");
        }
    }

    /** This size with other party bounds. */
    public SizeSpec withParties(int min, int max) {
        return new SizeSpec(min, max, minResponsibilities, maxResponsibilities, minAssignments, maxAssignments,
                minProtocols, maxProtocols, minGoals, maxGoals, expiringTermsOnly);
    }

    /** This size with other responsibility bounds. */
    public SizeSpec withResponsibilities(int min, int max) {
        return new SizeSpec(minParties, maxParties, min, max, minAssignments, maxAssignments,
                minProtocols, maxProtocols, minGoals, maxGoals, expiringTermsOnly);
    }

    /** This size with other bounds on assignments per responsibility. */
    public SizeSpec withAssignments(int min, int max) {
        return new SizeSpec(minParties, maxParties, minResponsibilities, maxResponsibilities, min, max,
                minProtocols, maxProtocols, minGoals, maxGoals, expiringTermsOnly);
    }

    /** This size with other protocol bounds. */
    public SizeSpec withProtocols(int min, int max) {
        return new SizeSpec(minParties, maxParties, minResponsibilities, maxResponsibilities, minAssignments,
                maxAssignments, min, max, minGoals, maxGoals, expiringTermsOnly);
    }

    /** This size with other goal bounds. */
    public SizeSpec withGoals(int min, int max) {
        return new SizeSpec(minParties, maxParties, minResponsibilities, maxResponsibilities, minAssignments,
                maxAssignments, minProtocols, maxProtocols, min, max, expiringTermsOnly);
    }

    /** This size, with or without open-ended terms. */
    public SizeSpec withExpiringTermsOnly(boolean only) {
        return new SizeSpec(minParties, maxParties, minResponsibilities, maxResponsibilities, minAssignments,
                maxAssignments, minProtocols, maxProtocols, minGoals, maxGoals, only);
    }
}
