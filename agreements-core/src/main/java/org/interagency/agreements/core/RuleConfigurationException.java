package org.interagency.agreements.core;

import org.apiguardian.api.API;

import org.interagency.agreements.AgreementsException;
import org.jspecify.annotations.Nullable;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A validator cannot be built as configured: a configuration names a rule id that no rule has,
 * two rules claim the same id, or a rule does not describe itself properly. The message says
 * which id and, for an unknown id, the nearest known one.
 */
@API(status = STABLE, since = "0.1")
public final class RuleConfigurationException extends AgreementsException {

    private static final long serialVersionUID = 1L;

    /** The rule id at fault, as written in the configuration or returned by the rule. */
    private final String ruleId;

    /** The nearest known rule id, for an unknown id; {@code null} otherwise or if none is near. */
    private final @Nullable String suggestion;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, where, and what would be right
     * @param ruleId the rule id at fault
     * @param suggestion the nearest known rule id; {@code null} if none
     */
    public RuleConfigurationException(String message, String ruleId, @Nullable String suggestion) {
        super(message);
        this.ruleId = ruleId;
        this.suggestion = suggestion;
    }

    /**
     * {@return the rule id at fault}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * {@return the nearest known rule id, for an unknown id; {@code null} if there is none near}
     */
    public @Nullable String suggestion() {
        return suggestion;
    }
}
