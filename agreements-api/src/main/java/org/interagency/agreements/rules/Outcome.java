package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What happened when a rule met one agreement: not only whether it found something, but whether
 * it had anything to look at. The engine records one {@link RuleOutcome} per known rule and
 * agreement in {@link Report#outcomes()}.
 *
 * <p>The outcome is three-valued where it matters: a rule that needs data the agreement does not
 * give (a rule about dates, on an agreement without dates) is {@link #UNKNOWN}, never silently
 * {@link #PASSED}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Outcome {

    /** The rule reported at least one finding. */
    FOUND,

    /** The rule looked at what it checks and found nothing wrong. */
    PASSED,

    /**
     * There was nothing for the rule to check: the agreement has no data-sharing protocol, say, or
     * the rule belongs to a pack that does not govern this kind of agreement.
     */
    NOT_APPLICABLE,

    /** The rule needs data the agreement does not give, so it cannot say whether it holds. */
    UNKNOWN,

    /** The configuration turned the rule off. */
    DISABLED,

    /** The rule belongs to a pack that was not selected for this validation. */
    NOT_SELECTED,

    /** The rule threw instead of finishing; an {@code engine.rule-failed} finding says how. */
    FAILED;

    /**
     * {@return whether the rule ran on the agreement (every outcome but {@link #DISABLED} and
     * {@link #NOT_SELECTED})}
     */
    public boolean ran() {
        return this != DISABLED && this != NOT_SELECTED;
    }
}
