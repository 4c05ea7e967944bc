package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule that the agreement has at least one element of a section (goals, governance bodies,
 * escalation paths...): one finding at the section's property when it has none. Each subclass
 * names the section and says why it matters; the check is this one.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class EmptySectionRule extends AbstractRule {

    private final JsonPointer section;
    private final Function<Agreement, List<?>> elements;
    private final String message;
    private final String hint;

    /**
     * Fixes the rule's identity and what it reports.
     *
     * @param id the stable id
     * @param defaultSeverity the severity unless a configuration changes it
     * @param principle the principle the rule serves
     * @param description what the rule checks, in one sentence
     * @param property the agreement's property that holds the section ({@code "goals"})
     * @param elements the section's elements ({@code Agreement::goals})
     * @param message the finding's message when the section is empty
     * @param hint what to add
     */
    protected EmptySectionRule(String id, Severity defaultSeverity, Principle principle, String description,
            String property, Function<Agreement, List<?>> elements, String message, String hint) {
        super(id, defaultSeverity, principle, description);
        this.section = JsonPointer.of(property);
        this.elements = Objects.requireNonNull(elements, "elements");
        this.message = Objects.requireNonNull(message, "message");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        int size = elements.apply(agreement).size();
        if (size == 0) {
            context.report(section, message, hint);
        } else {
            context.passed(size + " in " + section.tokens().get(0));
        }
    }
}
