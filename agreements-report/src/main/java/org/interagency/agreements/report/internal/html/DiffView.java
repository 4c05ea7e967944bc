package org.interagency.agreements.report.internal.html;

import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.core.FindingComparison;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.report.CheckedDocument;
import org.interagency.agreements.report.VersionOutcome;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.versions.Change;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * What the page's diff view shows ({@code diff.jte}): two versions of an agreement, their changes
 * by class, and the findings the later version introduces and resolves. Every text is plain: the
 * template escapes it.
 *
 * @param agreementId the agreement both versions are of
 * @param previous the earlier document's path, and its version if it says
 * @param current the later document's path, and its version if it says
 * @param material the material changes
 * @param administrative the administrative changes
 * @param findingsCompared whether the findings of the two versions were compared
 * @param introduced the findings the later version introduces
 * @param resolved the findings it resolves
 * @param unchanged how many findings it leaves as they were
 */
public record DiffView(String agreementId, String previous, String current, List<ChangeRow> material,
        List<ChangeRow> administrative, boolean findingsCompared, List<FindingRow> introduced, List<FindingRow> resolved,
        int unchanged) {

    /**
     * One change.
     *
     * @param kind added, removed or changed
     * @param section the top-level part of the agreement
     * @param element the element, by its key path
     * @param previousWhere the line in the earlier document, or a dash
     * @param previousValue the earlier value, quoted, or a dash
     * @param currentWhere the line in the later document, or a dash
     * @param currentValue the later value, quoted, or a dash
     */
    public record ChangeRow(String kind, String section, String element, String previousWhere, String previousValue,
            String currentWhere, String currentValue) {
    }

    /**
     * One finding introduced or resolved.
     *
     * @param severity error, warning or info
     * @param ruleId the rule
     * @param message what is wrong
     * @param where the document, line and JSON Pointer
     */
    public record FindingRow(String severity, String ruleId, String message, String where) {
    }

    private static final String NONE = "\u2014";

    /** The view of {@code outcome}. */
    public static DiffView of(VersionOutcome outcome) {
        FindingComparison findings = outcome.findings();
        return new DiffView(outcome.comparison().agreementId(),
                describe(outcome.previous(), outcome.comparison().previous()),
                describe(outcome.current(), outcome.comparison().current()),
                rows(outcome, outcome.comparison().material()), rows(outcome, outcome.comparison().administrative()),
                findings != null,
                findings == null ? List.of() : rows(findings.introduced(), outcome.current()),
                findings == null ? List.of() : rows(findings.resolved(), outcome.previous()),
                findings == null ? 0 : findings.unchanged().size());
    }

    private static List<ChangeRow> rows(VersionOutcome outcome, List<Change> changes) {
        return changes.stream().map(change -> new ChangeRow(name(change.kind()), change.section(), change.element().toString(),
                where(outcome.previousPosition(change)), value(change.previousValue()),
                where(outcome.currentPosition(change)), value(change.currentValue()))).toList();
    }

    private static List<FindingRow> rows(List<Finding> findings, CheckedDocument document) {
        return findings.stream().map(finding -> {
            SourcePosition at = document.position(finding.location());
            return new FindingRow(name(finding.severity()), finding.ruleId(), finding.message(),
                    document.path() + ", line " + at.line() + ", " + finding.location());
        }).toList();
    }

    private static String describe(CheckedDocument document, @Nullable AgreementVersion version) {
        return document.path() + (version == null ? "" : " (version " + Messages.quote(version.version()) + ")");
    }

    private static String where(@Nullable SourcePosition position) {
        return position == null ? NONE : "line " + position.line();
    }

    private static String value(@Nullable String value) {
        return value == null ? NONE : value;
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
