package org.interagency.agreements.testkit;

import org.interagency.agreements.rules.Messages;
import org.apiguardian.api.API;

import org.assertj.core.api.AbstractAssert;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.testkit.internal.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * AssertJ assertions on a {@link Report}; get them from {@link AgreementAssertions#assertThat(Report)}.
 * Each assertion returns an object to chain further assertions on.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * Verifies that the report has no findings at all.
     *
     * @return this assertion
     */
    public ReportAssert isClean() {
        isNotNull();
        if (!actual.isClean()) {
            throw failureOf("Expecting the report to be clean, but it has "
                    + Text.count(actual.findings().size(), "finding") + ":\n" + Text.describe(actual.findings()));
        }
        return this;
    }

    /**
     * Verifies that the report has no finding of severity {@code ERROR}; warnings and infos may be present.
     *
     * @return this assertion
     */
    public ReportAssert hasNoErrors() {
        isNotNull();
        if (actual.hasErrors()) {
            throw failureOf("Expecting the report to have no errors, but it has "
                    + Text.count(actual.errors().size(), "error") + ":\n" + Text.describe(actual.errors())
                    + "\nAll findings:\n" + Text.describe(actual.findings()));
        }
        return this;
    }

    /**
     * Verifies that the report has at least one finding of the rule {@code ruleId}, and returns
     * assertions that narrow those findings down by location, severity or message.
     *
     * @param ruleId the id of the rule
     * @return assertions on the findings of that rule
     */
    public RuleFindingsAssert hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        List<Finding> findings = actual.findingsOf(ruleId);
        if (findings.isEmpty()) {
            throw failureOf("Expecting a finding of rule " + Messages.quote(ruleId) + ", but "
                    + (actual.isClean() ? "the report is clean." : "the report has none. Its findings:\n"
                    + Text.describe(actual.findings())));
        }
        return new RuleFindingsAssert(this, ruleId, findings);
    }

    /**
     * Verifies that the report has no finding of the rule {@code ruleId}.
     *
     * @param ruleId the id of the rule
     * @return this assertion
     */
    public ReportAssert hasNoFindingOf(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        List<Finding> findings = actual.findingsOf(ruleId);
        if (!findings.isEmpty()) {
            throw failureOf("Expecting no finding of rule " + Messages.quote(ruleId) + ", but the report has "
                    + Text.count(findings.size(), "finding") + " of it:\n" + Text.describe(findings));
        }
        return this;
    }

    /**
     * Verifies that the report has at least one finding, and that every finding comes from one of
     * {@code ruleIds}. Not every rule listed needs to have fired: list the rules that may fire.
     *
     * @param ruleIds the ids of the rules allowed
     * @return this assertion
     */
    public ReportAssert hasOnlyFindingsOf(String... ruleIds) {
        Set<String> allowed = new LinkedHashSet<>(List.of(ruleIds));
        isNotNull();
        if (actual.isClean()) {
            throw failureOf("Expecting findings of only " + quoted(allowed) + ", but the report is clean.");
        }
        List<Finding> others = new ArrayList<>();
        for (Finding finding : actual.findings()) {
            if (!allowed.contains(finding.ruleId())) {
                others.add(finding);
            }
        }
        if (!others.isEmpty()) {
            throw failureOf("Expecting findings of only " + quoted(allowed) + ", but the report also has "
                    + Text.count(others.size(), "finding") + " of other rules:\n" + Text.describe(others)
                    + "\nAll findings:\n" + Text.describe(actual.findings()));
        }
        return this;
    }

    /** The failure to throw, with the assertion's description, or the user's overriding message. */
    AssertionError failureOf(String message) {
        // The message is an argument, never the format: findings may contain '%'.
        return failure("%s", message);
    }

    private static String quoted(Set<String> ruleIds) {
        List<String> quoted = new ArrayList<>();
        for (String id : ruleIds) {
            quoted.add(Messages.quote(id));
        }
        return String.join(", ", quoted);
    }
}
