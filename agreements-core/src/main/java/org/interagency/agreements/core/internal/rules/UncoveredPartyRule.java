package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Party;
import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule that every party is named somewhere in a section of the agreement (among the members of
 * a governance body, the signatories, the participants of a trust-building measure...): one
 * finding at each party that is not. Each subclass says which agencies the section names and
 * what to report; the check over the parties is this one.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class UncoveredPartyRule extends AbstractRule {

    /**
     * Fixes the rule's identity.
     *
     * @param id the stable id
     * @param defaultSeverity the severity unless a configuration changes it
     * @param principle the principle the rule serves
     * @param description what the rule checks, in one sentence
     */
    protected UncoveredPartyRule(String id, Severity defaultSeverity, Principle principle, String description) {
        super(id, defaultSeverity, principle, description);
    }

    /**
     * The agency ids that the section names, or {@code null} if the rule does not apply to
     * {@code agreement} (the section is empty, and another rule says so).
     */
    protected abstract @Nullable Set<String> covered(Agreement agreement);

    /**
     * Why the rule does not apply when {@link #covered(Agreement)} says so, in one line, for the
     * report's explanation ({@code "no governance body"}).
     */
    protected String whyNotApplicable() {
        return "the section is empty";
    }

    /** Reports {@code party}, at {@code location}, which the section does not name. */
    protected abstract void reportUncovered(Party party, JsonPointer location, RuleContext context);

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        Set<String> covered = covered(agreement);
        if (covered == null) {
            context.notApplicable(whyNotApplicable());
            return;
        }
        List<Party> parties = agreement.parties();
        for (int i = 0; i < parties.size(); i++) {
            if (!covered.contains(parties.get(i).agencyId())) {
                reportUncovered(parties.get(i), JsonPointer.of("parties", i), context);
            }
        }
    }

    /** The agency ids that {@code elements} name, each through {@code agencies}. */
    protected static <T> Set<String> agencies(List<T> elements, Function<T, ? extends Collection<String>> agencies) {
        Set<String> named = new HashSet<>();
        for (T element : elements) {
            named.addAll(agencies.apply(element));
        }
        return named;
    }
}
