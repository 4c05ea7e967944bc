package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.Severity;

import java.util.Objects;

/**
 * A rule of the built-in catalogue: its id, default severity, principle and description are
 * fixed when it is constructed, and subclasses implement only
 * {@link Rule#check(org.interagency.agreements.Agreement, org.interagency.agreements.rules.RuleContext)}.
 * Subclasses hold no other state, so they are immutable and thread-safe.
 */
public abstract class CatalogueRule implements Rule {

    private final String id;
    private final Severity defaultSeverity;
    private final Principle principle;
    private final String description;

    /**
     * Fixes the rule's identity.
     *
     * @param id the stable id, as documented in the catalogue
     * @param defaultSeverity the severity unless a configuration changes it
     * @param principle the principle the rule serves
     * @param description what the rule checks, in one sentence
     */
    protected CatalogueRule(String id, Severity defaultSeverity, Principle principle, String description) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.principle = Objects.requireNonNull(principle, "principle");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final Principle principle() {
        return principle;
    }

    @Override
    public final String description() {
        return description;
    }

    /** The rule's id, as in reports and configurations. */
    @Override
    public String toString() {
        return id;
    }
}
