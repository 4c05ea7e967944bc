package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule that, when a section of the agreement has elements (goals, governance bodies,
 * trust-building measures...), every party is named by at least one of them: a finding
 * {@code party "x" <uncovered>} at each party that is not. The rule does not apply to an empty
 * section (another rule says the section is empty). Each subclass names the section, how an
 * element names agencies, and what to report.
 *
 * @param <T> the type of the section's elements
 */
@API(status = INTERNAL, since = "0.1")
public abstract class PartyInSectionRule<T> extends UncoveredPartyRule {

    private final Function<Agreement, List<T>> section;
    private final Function<T, ? extends Collection<String>> agencies;
    private final String whyNotApplicable;
    private final String uncovered;
    private final String hint;

    /**
     * Fixes the rule's identity, its section and what it reports.
     *
     * @param id the stable id
     * @param defaultSeverity the severity unless a configuration changes it
     * @param principle the principle the rule serves
     * @param description what the rule checks, in one sentence
     * @param section the section's elements ({@code Agreement::goals})
     * @param agencies the agency ids an element names ({@code Goal::contributors})
     * @param whyNotApplicable why the rule does not apply to an empty section ({@code "no goals"})
     * @param uncovered what the finding says of a party after its id ({@code "contributes to no goal"})
     * @param hint what to do about it
     */
    protected PartyInSectionRule(String id, Severity defaultSeverity, Principle principle, String description,
            Function<Agreement, List<T>> section, Function<T, ? extends Collection<String>> agencies,
            String whyNotApplicable, String uncovered, String hint) {
        super(id, defaultSeverity, principle, description);
        this.section = Objects.requireNonNull(section, "section");
        this.agencies = Objects.requireNonNull(agencies, "agencies");
        this.whyNotApplicable = Objects.requireNonNull(whyNotApplicable, "whyNotApplicable");
        this.uncovered = Objects.requireNonNull(uncovered, "uncovered");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    @Override
    protected final @Nullable Set<String> covered(Agreement agreement) {
        List<T> elements = section.apply(agreement);
        return elements.isEmpty() ? null : agencies(elements, agencies);
    }

    @Override
    protected final String whyNotApplicable() {
        return whyNotApplicable;
    }

    @Override
    protected final void reportUncovered(Party party, JsonPointer location, RuleContext context) {
        context.report(location, "party " + Messages.quote(party.agencyId()) + " " + uncovered, hint);
    }
}
