package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule context that records findings as the engine would stamp them (the rule's id and
 * default severity), so the catalogue's rules are tested without the engine.
 */
final class RecordingContext implements RuleContext {

    /** The day the tests treat as today, unless a test says otherwise. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final Rule rule;
    private final LocalDate today;
    private final List<Finding> findings = new ArrayList<>();

    private RecordingContext(Rule rule, LocalDate today) {
        this.rule = rule;
        this.today = today;
    }

    /** The findings of {@code rule} on {@code agreement}, today being {@link #TODAY}. */
    static List<Finding> check(Rule rule, Agreement agreement) {
        return check(rule, agreement, TODAY);
    }

    /** The findings of {@code rule} on {@code agreement}, today being {@code today}. */
    static List<Finding> check(Rule rule, Agreement agreement, LocalDate today) {
        RecordingContext context = new RecordingContext(rule, today);
        rule.check(agreement, context);
        return List.copyOf(context.findings);
    }

    /**
     * Asserts that a finding has the rule id, severity and location given, and that its message
     * contains {@code messagePart}; every finding of the catalogue also has a hint.
     */
    static Consumer<Finding> finding(String ruleId, Severity severity, String location, String messagePart) {
        return finding -> {
            assertThat(finding.ruleId()).isEqualTo(ruleId);
            assertThat(finding.severity()).isEqualTo(severity);
            assertThat(finding.location()).hasToString(location);
            assertThat(finding.message()).contains(messagePart);
            assertThat(finding.hint()).isNotBlank();
        };
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public void report(JsonPointer location, String message, @Nullable String hint, List<JsonPointer> related) {
        findings.add(new Finding(rule.id(), rule.defaultSeverity(), message, location, related, hint));
    }
}
