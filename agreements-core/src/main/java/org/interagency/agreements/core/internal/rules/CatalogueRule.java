package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Severity;

/** Being replaced by {@link AbstractRule}, which the catalogue's rules extend directly. */
public abstract class CatalogueRule extends AbstractRule {

    /** See {@link AbstractRule#AbstractRule(String, Severity, Principle, String)}. */
    protected CatalogueRule(String id, Severity defaultSeverity, Principle principle, String description) {
        super(id, defaultSeverity, principle, description);
    }
}
