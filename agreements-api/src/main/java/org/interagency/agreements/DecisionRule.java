package org.interagency.agreements;

import org.apiguardian.api.API;

import org.interagency.agreements.constraints.ValidDecisionRule;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How a governance body decides: by consensus, unanimity, simple majority, or a supermajority of
 * a stated fraction of the members present.
 *
 * <p>Use the factories: {@link #consensus()}, {@link #unanimity()}, {@link #majority()},
 * {@link #supermajority(int, int)}. A supermajority's threshold must be more than one half and at
 * most the whole; Bean Validation ({@link ValidDecisionRule}) reports one that is not.
 *
 * @param method the decision method
 * @param numerator the numerator of a supermajority's threshold ({@code 2} of 2/3); {@code null}
 *     for other methods
 * @param denominator the denominator of a supermajority's threshold ({@code 3} of 2/3);
 *     {@code null} for other methods
 */
@API(status = STABLE, since = "0.1")
@ValidDecisionRule
public record DecisionRule(DecisionMethod method, @Nullable Integer numerator, @Nullable Integer denominator) {

    /**
     * Checks that the method is present.
     *
     * @param method the decision method
     * @param numerator the numerator of a supermajority's threshold ({@code 2} of 2/3); {@code
     *     null} for other methods
     * @param denominator the denominator of a supermajority's threshold ({@code 3} of 2/3); {@code
     *     null} for other methods
     */
    public DecisionRule {
        Objects.requireNonNull(method, "method");
    }

    /**
     * {@return a rule by which decisions are taken when no member objects}
     */
    public static DecisionRule consensus() {
        return new DecisionRule(DecisionMethod.CONSENSUS, null, null);
    }

    /**
     * {@return a rule by which decisions need every member's vote}
     */
    public static DecisionRule unanimity() {
        return new DecisionRule(DecisionMethod.UNANIMITY, null, null);
    }

    /**
     * {@return a rule by which decisions need more than half of the members present}
     */
    public static DecisionRule majority() {
        return new DecisionRule(DecisionMethod.MAJORITY, null, null);
    }

    /**
     * {@return a rule by which decisions need at least {@code numerator/denominator} of the
     * members present, for example 2/3}
     *
     * @param numerator the numerator of the fraction, for example 2
     * @param denominator the denominator of the fraction, for example 3
     */
    public static DecisionRule supermajority(int numerator, int denominator) {
        return new DecisionRule(DecisionMethod.SUPERMAJORITY, numerator, denominator);
    }

    /**
     * {@return whether the rule makes sense: a supermajority has a threshold above 1/2 and at most
     * 1/1; other methods have none}
     */
    public boolean isCoherent() {
        if (method != DecisionMethod.SUPERMAJORITY) {
            return numerator == null && denominator == null;
        }
        if (numerator == null || denominator == null || denominator <= 0 || numerator > denominator) {
            return false;
        }
        return 2L * numerator > denominator;
    }
}
