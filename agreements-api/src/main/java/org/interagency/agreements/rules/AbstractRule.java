package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A convenient base for a rule: its id, default severity, principle and description are given
 * once, to the constructor, and a subclass writes only
 * {@link #check(org.interagency.agreements.Agreement, RuleContext)}. Every rule of the built-in
 * catalogue is written this way.
 *
 * <pre>{@code
 * public final class VisionStatedRule extends AbstractRule {
 *     public VisionStatedRule() {
 *         super("acme.vision-stated", Severity.WARNING, Principle.SHARED_VISION,
 *                 "The agreement states a shared vision.");
 *     }
 *
 *     @Override
 *     public void check(Agreement agreement, RuleContext context) {
 *         if (agreement.vision() == null || agreement.vision().isBlank()) {
 *             context.report(JsonPointer.of("vision"), "the agreement states no shared vision",
 *                     "add a vision statement of a few sentences that every party endorses");
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>A subclass that keeps no other state is immutable and thread-safe, as the engine requires
 * of every rule.
 */
@API(status = STABLE, since = "0.1")
public abstract class AbstractRule implements Rule {

    /** The form of a rule id: lower-case kebab-case words in dot-separated groups, such as {@code roles.accountable-overlap}. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    private final String id;
    private final Severity defaultSeverity;
    private final Principle principle;
    private final String description;
    private final List<Citation> citations;

    /**
     * Fixes the rule's identity.
     *
     * @param id the stable id: lower-case kebab-case words in dot-separated groups, the area first
     *     ({@code state.hotline-required}); it never changes once released
     * @param defaultSeverity the severity unless a configuration changes it
     * @param principle the principle the rule serves
     * @param description what the rule checks, in one sentence, as the rules catalogue prints it
     * @throws IllegalArgumentException if the id is not of that form or the description is blank
     */
    protected AbstractRule(String id, Severity defaultSeverity, Principle principle, String description) {
        this(id, defaultSeverity, principle, description, List.of());
    }

    /**
     * Fixes the identity of a rule that enforces provisions of law or policy.
     *
     * @param id the stable id, as for {@link #AbstractRule(String, Severity, Principle, String)}
     * @param defaultSeverity the severity unless a configuration changes it: ERROR where the text
     *     says "shall", WARNING where it says "should"
     * @param principle the principle the rule serves
     * @param description what the rule checks, in one sentence
     * @param citations the provisions it enforces, each cited with instrument and pinpoint
     * @throws IllegalArgumentException if the id is not of that form, the description is blank, or
     *     a citation is given twice
     */
    protected AbstractRule(String id, Severity defaultSeverity, Principle principle, String description,
            List<Citation> citations) {
        this.citations = List.copyOf(citations);
        if (new HashSet<>(this.citations).size() != this.citations.size()) {
            throw new IllegalArgumentException("rule " + id + " cites a provision twice: " + this.citations);
        }
        this.id = Objects.requireNonNull(id, "id");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.principle = Objects.requireNonNull(principle, "principle");
        this.description = Objects.requireNonNull(description, "description");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id " + Messages.quote(id) + " is not valid: ids are lower-case"
                    + " kebab-case words in dot-separated groups, the area first (for example \"state.hotline-required\")");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " has a blank description: say in one sentence what it checks");
        }
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

    @Override
    public final List<Citation> citations() {
        return citations;
    }

    /** The rule's id, as in reports and configurations. */
    @Override
    public String toString() {
        return id;
    }
}
