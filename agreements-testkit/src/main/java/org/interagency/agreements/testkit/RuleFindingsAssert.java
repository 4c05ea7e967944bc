package org.interagency.agreements.testkit;

import org.interagency.agreements.rules.Messages;
import org.apiguardian.api.API;

import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.testkit.internal.Text;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Assertions on the findings of one rule in a report, from {@link ReportAssert#hasFinding(String)}.
 * Each assertion keeps the findings that match it and fails if none does, so that
 * <pre>{@code
 * assertThat(report).hasFinding("roles.accountable-overlap")
 *         .at("/responsibilities/2/assignments/0")
 *         .withSeverity(Severity.ERROR);
 * }</pre>
 * verifies that one finding has both the location and the severity. {@link #and()} returns to
 * the report.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RuleFindingsAssert {

    private final ReportAssert report;
    private final String ruleId;
    private final List<Finding> findings;
    private final String narrowedBy;

    RuleFindingsAssert(ReportAssert report, String ruleId, List<Finding> findings) {
        this(report, ruleId, findings, "");
    }

    private RuleFindingsAssert(ReportAssert report, String ruleId, List<Finding> findings, String narrowedBy) {
        this.report = report;
        this.ruleId = ruleId;
        this.findings = List.copyOf(findings);
        this.narrowedBy = narrowedBy;
    }

    /**
     * Keeps the findings located at {@code pointer}, an RFC 6901 JSON Pointer such as
     * {@code "/responsibilities/2/assignments/0"} ({@code ""} or {@code "/"} for the whole document).
     *
     * @param pointer the location
     * @return assertions on the findings kept
     * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer
     */
    public RuleFindingsAssert at(String pointer) {
        JsonPointer location = pointer.equals("/") ? JsonPointer.root() : JsonPointer.parse(pointer);
        return narrow(f -> f.location().equals(location), "at " + Messages.quote(Text.pointer(location)));
    }

    /**
     * Keeps the findings of {@code severity}.
     *
     * @param severity the severity
     * @return assertions on the findings kept
     */
    public RuleFindingsAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(f -> f.severity() == severity, "of severity " + severity);
    }

    /**
     * Keeps the findings whose message contains {@code text}.
     *
     * @param text the text
     * @return assertions on the findings kept
     */
    public RuleFindingsAssert withMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        return narrow(f -> f.message().contains(text), "with a message containing " + Messages.quote(text));
    }

    /**
     * Keeps the findings that name {@code pointer} among their related locations.
     *
     * @param pointer the related location
     * @return assertions on the findings kept
     */
    public RuleFindingsAssert withRelated(String pointer) {
        JsonPointer location = pointer.equals("/") ? JsonPointer.root() : JsonPointer.parse(pointer);
        return narrow(f -> f.related().contains(location), "related to " + Messages.quote(Text.pointer(location)));
    }

    /**
     * {@return the findings that matched every assertion so far, sorted as in the report}
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns to the assertions on the whole report.
     *
     * @return the assertions on the whole report
     */
    public ReportAssert and() {
        return report;
    }

    private RuleFindingsAssert narrow(Predicate<Finding> predicate, String what) {
        List<Finding> kept = findings.stream().filter(predicate).toList();
        String description = narrowedBy.isEmpty() ? what : narrowedBy + ", " + what;
        if (kept.isEmpty()) {
            throw report.failureOf("Expecting a finding of rule " + Messages.quote(ruleId) + " " + description
                    + ", but none matches. The findings of " + Messages.quote(ruleId)
                    + (narrowedBy.isEmpty() ? "" : " " + narrowedBy) + ":\n" + Text.describe(findings));
        }
        return new RuleFindingsAssert(report, ruleId, kept, description);
    }
}
