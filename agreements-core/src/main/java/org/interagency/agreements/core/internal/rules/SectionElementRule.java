package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule that looks at each element of one section of the agreement (each governance body, each
 * escalation path...) on its own. An agreement whose section is empty has nothing to check: the
 * rule says it is not applicable, with the reason its subclass gives. The walk over the section
 * is this one; each subclass checks one element at its index.
 *
 * @param <T> the type of the section's elements
 */
@API(status = INTERNAL, since = "0.1")
public abstract class SectionElementRule<T> extends AbstractRule {

    private final Function<Agreement, List<T>> section;
    private final String whyNotApplicable;

    /**
     * Fixes the rule's identity and the section it walks.
     *
     * @param id the stable id
     * @param defaultSeverity the severity unless a configuration changes it
     * @param principle the principle the rule serves
     * @param description what the rule checks, in one sentence
     * @param section the section's elements, in document order
     * @param whyNotApplicable the reason given when the section is empty, e.g. "no governance body"
     */
    protected SectionElementRule(String id, Severity defaultSeverity, Principle principle, String description,
            Function<Agreement, List<T>> section, String whyNotApplicable) {
        super(id, defaultSeverity, principle, description);
        this.section = Objects.requireNonNull(section, "section");
        this.whyNotApplicable = Objects.requireNonNull(whyNotApplicable, "whyNotApplicable");
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        List<T> elements = section.apply(agreement);
        if (notApplicableIfEmpty(elements, whyNotApplicable, context)) {
            return;
        }
        for (int i = 0; i < elements.size(); i++) {
            checkElement(agreement, elements.get(i), i, context);
        }
    }

    /**
     * Says that a rule is not applicable when the section it checks is empty: the one way the
     * built-in rules say so.
     *
     * @param section the section's elements
     * @param whyNotApplicable the reason, e.g. "no goals"
     * @param context where to say it
     * @return whether the section is empty (and the rule has nothing more to do)
     */
    static boolean notApplicableIfEmpty(List<?> section, String whyNotApplicable, RuleContext context) {
        if (section.isEmpty()) {
            context.notApplicable(whyNotApplicable);
            return true;
        }
        return false;
    }

    /**
     * Checks one element of the section and reports what is wrong with it.
     *
     * @param agreement the agreement the element belongs to
     * @param element the element
     * @param index its index in the section, for the findings' JSON Pointers
     * @param context where to report
     */
    protected abstract void checkElement(Agreement agreement, T element, int index, RuleContext context);
}
