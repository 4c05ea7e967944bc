package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RulePack;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The pack of one principle: the rules found as {@link Rule} services (and added in code) that
 * serve it. It governs every agreement.
 *
 * @param principle the principle; its id is the pack's
 * @param rules the rules that serve it
 */
@API(status = INTERNAL, since = "0.1")
public record PrinciplePack(Principle principle, List<Rule> rules) implements RulePack {

    /** Copies the rules. */
    public PrinciplePack {
        Objects.requireNonNull(principle, "principle");
        rules = List.copyOf(rules);
    }

    @Override
    public String id() {
        return principle.id();
    }

    @Override
    public String title() {
        return principle.title();
    }
}
