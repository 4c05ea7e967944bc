package org.interagency.agreements.core;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.core.internal.versions.Differ;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.versions.VersionComparison;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Compares two versions of one agreement: their changes, element by element, and their findings.
 *
 * <p>Elements are matched by their keys (ids, or the natural keys of {@code docs/versions.md}),
 * never by their place in a list: a reordered list is no change, and a renamed title is one
 * change. Each change is material or administrative by the model's table
 * ({@link org.interagency.agreements.versions.ChangeClass#of}).
 * <pre>{@code
 * VersionComparison comparison = AgreementDiff.between(signed, amendment);
 * for (Change change : comparison.material()) {
 *     log.info("{}", change);
 * }
 * FindingComparison findings = AgreementDiff.findings(validator.validate(signed), validator.validate(amendment));
 * }</pre>
 *
 * <p>The methods are thread-safe and cost O(n log n) in the size of the agreements.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AgreementDiff {

    private AgreementDiff() {
    }

    /**
     * {@return the changes from {@code previous} to {@code current}, material first}
     *
     * @param previous the earlier version
     * @param current the later version
     * @throws IllegalArgumentException if the two are not versions of one agreement: their ids
     *     differ, or {@code current} names the version it supersedes or renews and {@code previous}
     *     is another version (neither that one nor the current version)
     */
    public static VersionComparison between(Agreement previous, Agreement current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        checkVersionsOfOneAgreement(previous, current);
        return new VersionComparison(current.id(), previous.version().orElse(null), current.version().orElse(null),
                Differ.changes(previous, current));
    }

    /**
     * {@return the findings of {@code current} matched with those of {@code previous} by
     * fingerprint: a fingerprint found n times in one report and m times in the other leaves min(n,
     * m) findings unchanged}
     *
     * @param previous the report on the earlier version
     * @param current the report on the later version
     * @throws IllegalArgumentException if a finding has no fingerprint (a report made by hand
     *     rather than by an {@link AgreementValidator})
     */
    public static FindingComparison findings(Report previous, Report current) {
        Map<String, Integer> before = count(previous);
        List<Finding> introduced = new ArrayList<>();
        List<Finding> unchanged = new ArrayList<>();
        for (Finding finding : current.findings()) {
            Integer left = before.get(finding.fingerprint());
            if (left == null || left == 0) {
                introduced.add(finding);
            } else {
                before.put(finding.fingerprint(), left - 1);
                unchanged.add(finding);
            }
        }
        Map<String, Integer> after = count(current);
        List<Finding> resolved = new ArrayList<>();
        for (Finding finding : previous.findings()) {
            Integer left = after.get(finding.fingerprint());
            if (left == null || left == 0) {
                resolved.add(finding);
            } else {
                after.put(finding.fingerprint(), left - 1);
            }
        }
        return new FindingComparison(introduced, resolved, unchanged);
    }

    private static Map<String, Integer> count(Report report) {
        Map<String, Integer> counts = new HashMap<>();
        for (Finding finding : report.findings()) {
            String fingerprint = finding.fingerprint();
            if (fingerprint == null) {
                throw new IllegalArgumentException("the finding " + Messages.quote(finding) + " has no fingerprint:"
                        + " compare reports made by an AgreementValidator, which gives every finding one");
            }
            counts.merge(fingerprint, 1, Integer::sum);
        }
        return counts;
    }

    private static void checkVersionsOfOneAgreement(Agreement previous, Agreement current) {
        if (!previous.id().equals(current.id())) {
            throw new IllegalArgumentException("the documents are two different agreements, " + Messages.quote(previous.id())
                    + " and " + Messages.quote(current.id()) + ": only versions of one agreement, which share its id,"
                    + " can be compared");
        }
        Lineage lineage = current.lineage();
        @Nullable Lineage before = previous.lineage();
        if (lineage == null || before == null) {
            return;
        }
        AgreementVersion named = lineage.supersedes() != null ? lineage.supersedes() : lineage.renews();
        // Two documents that claim one version are drafts of it, and compared as they are.
        if (named != null && named.id().equals(current.id()) && wellFormed(named.version()) && wellFormed(before.version())
                && wellFormed(lineage.version()) && Lineage.compareVersions(named.version(), before.version()) != 0
                && Lineage.compareVersions(lineage.version(), before.version()) != 0) {
            throw new IllegalArgumentException("version " + Messages.quote(lineage.version()) + " of "
                    + Messages.quote(current.id()) + " follows version " + Messages.quote(named.version())
                    + ", but the previous document is version " + Messages.quote(before.version())
                    + ": compare it with the version it names");
        }
    }

    private static boolean wellFormed(String version) {
        return version.matches(AgreementVersion.VERSION_PATTERN);
    }
}
