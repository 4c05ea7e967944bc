package org.interagency.agreements.core;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Which rules a validator runs and how severe their findings are, as a value that a tool reads
 * from a file and passes to {@link AgreementValidator.Builder#configuration(RuleConfiguration)}.
 *
 * <p>Rule ids are checked when the validator is built: an id that names no known rule is a
 * {@link RuleConfigurationException}, never silently ignored. The id
 * {@value org.interagency.agreements.rules.Finding#BEAN_VALIDATION_RULE_ID} names Bean
 * Validation and can be disabled or given another severity like any rule.
 *
 * <pre>{@code
 * RuleConfiguration configuration = new RuleConfiguration(
 *         Set.of("trust.party-excluded"),
 *         Map.of("roles.responsible-duplicate", Severity.ERROR),
 *         Set.of("roles", "data", "us-cma"));
 * }</pre>
 *
 * @param disabled the ids of rules not to run
 * @param severities the severity of each listed rule's findings, in place of its default
 * @param packs the ids of the packs to run (see {@link org.interagency.agreements.rules.RulePack}):
 *     principle ids such as {@code roles}, {@code principles} for all of them, and legal packs
 *     such as {@code us-cma}; empty for the principle packs alone. Bean Validation always runs
 *     unless disabled.
 * @param maxWaiverLength the longest a waiver may run after its approval, in place of
 *     {@link AgreementValidator#DEFAULT_MAX_WAIVER_LENGTH}; {@code null} to keep the default
 */
@API(status = STABLE, since = "0.1")
public record RuleConfiguration(Set<String> disabled, Map<String, Severity> severities, Set<String> packs,
        @Nullable Period maxWaiverLength) {

    /**
     * Copies the collections (which rejects {@code null} elements).
     *
     * @param disabled the ids of rules not to run
     * @param severities the severity of each listed rule's findings, in place of its default
     * @param packs the ids of the packs to run (see {@link
     *     org.interagency.agreements.rules.RulePack}): principle ids such as {@code roles}, {@code
     *     principles} for all of them, and legal packs such as {@code us-cma}; empty for the principle
     *     packs alone. Bean Validation always runs unless disabled.
     * @param maxWaiverLength the longest a waiver may run after its approval, in place of {@link
     *     AgreementValidator#DEFAULT_MAX_WAIVER_LENGTH}; {@code null} to keep the default
     * @throws IllegalArgumentException if {@code maxWaiverLength} is zero or negative
     */
    public RuleConfiguration {
        disabled = Set.copyOf(Objects.requireNonNull(disabled, "disabled"));
        severities = Map.copyOf(Objects.requireNonNull(severities, "severities"));
        packs = Set.copyOf(Objects.requireNonNull(packs, "packs"));
        if (maxWaiverLength != null && (maxWaiverLength.isZero() || maxWaiverLength.isNegative())) {
            throw new IllegalArgumentException("the longest a waiver may run must be positive, not " + maxWaiverLength);
        }
    }

    /**
     * A configuration that keeps the default longest waiver.
     *
     * @param disabled the ids of rules not to run
     * @param severities the severity of each listed rule's findings, in place of its default
     * @param packs the ids of the packs to run (see {@link
     *     org.interagency.agreements.rules.RulePack}): principle ids such as {@code roles}, {@code
     *     principles} for all of them, and legal packs such as {@code us-cma}; empty for the principle
     *     packs alone. Bean Validation always runs unless disabled.
     */
    public RuleConfiguration(Set<String> disabled, Map<String, Severity> severities, Set<String> packs) {
        this(disabled, severities, packs, null);
    }
}
