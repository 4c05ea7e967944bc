package org.interagency.agreements.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A check of a whole agreement, for what single-object constraints cannot see: references
 * between sections, overlaps between responsibilities, gaps in coverage.
 *
 * <p>Implementations are small, stateless and safe to call from many threads at once. They are
 * found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.interagency.agreements.rules.Rule}, or {@code provides} in
 * {@code module-info.java}; a public no-argument constructor is then required) or registered
 * with the validator's builder in code.
 *
 * <p>Most rules extend {@link AbstractRule}, which takes the id, default severity, principle and
 * description in its constructor and leaves only {@link #check(Agreement, RuleContext)} to write;
 * quote values from the agreement in messages with {@link Messages#quote(Object)}.
 */
@API(status = STABLE, since = "0.1")
public interface Rule {

    /**
     * {@return the rule's stable id: lower-case kebab-case words in dot-separated groups, the area
     * first ({@code roles.accountable-overlap})} Users name rules by id in configurations, so an id
     * never changes once released.
     */
    String id();

    /**
     * {@return the severity of the rule's findings unless a configuration changes it}
     */
    Severity defaultSeverity();

    /**
     * {@return the principle of collaboration the rule serves}
     */
    Principle principle();

    /**
     * {@return what the rule checks, in one sentence, as the rules catalogue prints it}
     */
    String description();

    /**
     * {@return the provisions of law or policy the rule enforces, each with instrument and
     * pinpoint; the engine copies them onto every finding of the rule} Empty (this default) for a
     * rule of good practice that enforces no text.
     */
    default List<Citation> citations() {
        return List.of();
    }

    /**
     * Checks {@code agreement} and reports each finding to {@code context}. The agreement may
     * violate its Bean Validation constraints: a rule guards against what it relies on (a term
     * that expires before it takes effect, say) rather than throwing.
     *
     * @param agreement the agreement to check
     * @param context where the rule reports its findings, and what it may read besides the
     *     agreement
     */
    void check(Agreement agreement, RuleContext context);
}
