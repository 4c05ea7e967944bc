package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.SharedFact;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.internal.CheckFindings;
import org.interagency.agreements.versions.VersionComparison;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The context one rule reports to while it checks one agreement: stamps each finding with the
 * rule's id and configured severity, and carries the validation's {@link SharedFacts}. Used by
 * one thread, for one check.
 */
@API(status = INTERNAL, since = "0.1")
public final class FindingCollector implements RuleContext {

    private final String ruleId;
    private final Severity severity;
    private final LocalDate today;
    private final SharedFacts facts;
    private final List<Citation> citations;
    // The list the findings go to, and where this rule's begin in it.
    private final List<Finding> findings;
    private final int start;
    private final @Nullable VersionComparison previousVersion;
    private final @Nullable Function<? super Finding, String> fingerprints;
    private Outcome declared = Outcome.PASSED;
    private @Nullable String reason;

    /**
     * Creates a collector that shares no facts with other rules' ({@link SharedFacts#none()}).
     *
     * @param ruleId the id of the rule that reports
     * @param severity the rule's configured severity
     * @param today the day the check treats as today
     */
    public FindingCollector(String ruleId, Severity severity, LocalDate today) {
        this(ruleId, severity, today, SharedFacts.none(), List.of());
    }

    /**
     * Creates a collector for a rule that cites nothing.
     *
     * @param ruleId the id of the rule that reports
     * @param severity the rule's configured severity
     * @param today the day the check treats as today
     * @param facts the facts the rules of this validation share
     */
    public FindingCollector(String ruleId, Severity severity, LocalDate today, SharedFacts facts) {
        this(ruleId, severity, today, facts, List.of());
    }

    /**
     * Creates a collector.
     *
     * @param ruleId the id of the rule that reports
     * @param severity the rule's configured severity
     * @param today the day the check treats as today
     * @param facts the facts the rules of this validation share
     * @param citations the rule's citations, copied onto each finding
     */
    public FindingCollector(String ruleId, Severity severity, LocalDate today, SharedFacts facts,
            List<Citation> citations) {
        this(ruleId, severity, today, facts, citations, null);
    }

    /**
     * Creates a collector for a check of a version that renews or supersedes another.
     *
     * @param ruleId the id of the rule that reports
     * @param severity the rule's configured severity
     * @param today the day the check treats as today
     * @param facts the facts the rules of this validation share
     * @param citations the rule's citations, copied onto each finding
     * @param previousVersion the comparison with the previous version; {@code null} if none was given
     */
    public FindingCollector(String ruleId, Severity severity, LocalDate today, SharedFacts facts,
            List<Citation> citations, @Nullable VersionComparison previousVersion) {
        this(ruleId, severity, today, facts, citations, previousVersion, null, new ArrayList<>());
    }

    /**
     * Creates a collector whose findings carry their fingerprints, as a validator's report has
     * them, and go straight to the validator's list of the check's findings (one list, rather
     * than one per rule copied into it).
     *
     * @param ruleId the id of the rule that reports
     * @param severity the rule's configured severity
     * @param today the day the check treats as today
     * @param facts the facts the rules of this validation share
     * @param citations the rule's citations, copied onto each finding
     * @param previousVersion the comparison with the previous version; {@code null} if none was given
     * @param fingerprints computes a finding's fingerprint when first read (see {@link
     *     Finding#withFingerprintFrom}); {@code null} for findings without one
     * @param into the list the findings are added to, after those it holds; the caller removes
     *     them ({@link #discard()}) if the rule fails
     */
    public FindingCollector(String ruleId, Severity severity, LocalDate today, SharedFacts facts,
            List<Citation> citations, @Nullable VersionComparison previousVersion,
            @Nullable Function<? super Finding, String> fingerprints, List<Finding> into) {
        this.previousVersion = previousVersion;
        this.fingerprints = fingerprints;
        this.citations = List.copyOf(citations);
        this.ruleId = ruleId;
        this.severity = severity;
        this.today = today;
        this.facts = Objects.requireNonNull(facts, "facts");
        this.findings = Objects.requireNonNull(into, "into");
        this.start = into.size();
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public void report(JsonPointer location, String message, @Nullable String hint, List<JsonPointer> related) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(related, "related");
        // Stamped as it is made, when the validator gave what stamps it: one object per finding.
        findings.add(fingerprints != null
                ? Finding.reported(ruleId, severity, message, location, related, hint, citations, fingerprints)
                : cited(new Finding(ruleId, severity, message, location, related, hint)));
    }

    @Override
    public void report(JsonPointer location, Supplier<String> message, @Nullable String hint, List<JsonPointer> related) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(related, "related");
        findings.add(made(ruleId, severity, message, location, related, hint, citations, fingerprints));
    }

    /**
     * A finding whose message is written when read, as a collector of the rule {@code ruleId}
     * makes it: with the rule's citations, and stamped with its lazy fingerprint when the
     * validator gave {@code fingerprints} (one object, not a copy per stamp).
     */
    static Finding made(String ruleId, Severity severity, Supplier<String> message, JsonPointer location,
            List<JsonPointer> related, @Nullable String hint, List<Citation> citations,
            @Nullable Function<? super Finding, String> fingerprints) {
        if (fingerprints != null) {
            return Finding.reported(ruleId, severity, message, location, related, hint, citations, fingerprints);
        }
        Finding finding = new Finding(ruleId, severity, message, location, related, hint);
        return citations.isEmpty() ? finding : finding.withCitations(citations);
    }

    /**
     * Reports findings in report order at once, each made when first read ({@link FindingRun}):
     * for a rule that reports very many, which it keeps as a few numbers each. The same findings
     * as reporting each in turn, with the same stamps.
     *
     * @param columns the findings, in {@link Finding#ORDER} once stamped with this rule's id and
     *     severity
     */
    public void reportInOrder(FindingRun.Columns columns) {
        FindingRun run = new FindingRun(columns, ruleId, severity, citations, fingerprints);
        if (findings instanceof CheckFindings check) {
            check.addInOrder(run);
        } else {
            findings.addAll(run);
        }
    }

    @Override
    public void notApplicable(String reason) {
        declare(Outcome.NOT_APPLICABLE, reason);
    }

    @Override
    public void unknown(String reason) {
        declare(Outcome.UNKNOWN, reason);
    }

    @Override
    public void passed(String reason) {
        declare(Outcome.PASSED, reason);
    }

    /**
     * What the rule did: {@link Outcome#FOUND} if it reported findings, else what it said last
     * ({@link Outcome#PASSED} if it said nothing).
     */
    public RuleOutcome outcome() {
        int found = findings.size() - start;
        if (found > 0) {
            return new RuleOutcome(ruleId, Outcome.FOUND, found, null);
        }
        return new RuleOutcome(ruleId, declared, 0, reason);
    }

    private Finding cited(Finding finding) {
        return citations.isEmpty() ? finding : finding.withCitations(citations);
    }

    private void declare(Outcome outcome, String why) {
        Objects.requireNonNull(why, "reason");
        declared = outcome;
        reason = why.strip();
    }

    /** The fact from the facts this validation shares: derived once, by the first rule that asks. */
    @Override
    public <T> T fact(SharedFact<T> fact, Agreement agreement) {
        return facts.get(fact, agreement);
    }

    @Override
    public Optional<VersionComparison> previousVersion() {
        return Optional.ofNullable(previousVersion);
    }

    /** The findings reported so far, in the order reported. */
    public List<Finding> findings() {
        return start == 0 ? findings : findings.subList(start, findings.size());
    }

    /** Removes the findings reported so far from the list they went to: those of a rule that failed. */
    public void discard() {
        if (findings instanceof CheckFindings check) {
            check.truncate(start);
        } else {
            findings.subList(start, findings.size()).clear();
        }
    }
}
