package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.core.FindingComparison;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.versions.Change;
import org.interagency.agreements.versions.VersionComparison;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Two versions of one agreement compared ({@code agreements diff}, {@code agreements report
 * --diff}): the documents, their changes, and, when asked for, the findings the current version
 * introduces and resolves. What the {@link DiffWriter}s print.
 *
 * @param previous the earlier version's document, read (and checked when {@code findings} is given)
 * @param current the later version's document, read (and checked with the earlier one as its
 *     previous version when {@code findings} is given)
 * @param comparison the changes from {@code previous} to {@code current}
 * @param findings the two reports matched by fingerprint; {@code null} when they were not asked for
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VersionOutcome(CheckedDocument previous, CheckedDocument current, VersionComparison comparison,
        @Nullable FindingComparison findings) {

    /**
     * Checks that both documents were read.
     *
     * @param previous the earlier version's document; read, so that it holds an agreement
     * @param current the later version's document; read, like {@code previous}
     * @param comparison the changes from {@code previous} to {@code current}; not {@code null}
     * @param findings the two reports matched by fingerprint; {@code null} when they were not
     *     asked for
     * @throws NullPointerException if {@code previous}, {@code current} or {@code comparison} is
     *     {@code null}
     * @throws IllegalArgumentException if either document could not be read
     */
    public VersionOutcome {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(comparison, "comparison");
        if (!previous.isReadable() || !current.isReadable()) {
            throw new IllegalArgumentException("two versions are compared once both documents are read");
        }
    }

    /**
     * Where a change stands in the earlier document: the line and column of its previous location.
     *
     * @param change one of {@link #comparison()}'s changes
     * @return its position, or {@code null} if the change adds the element
     */
    public @Nullable SourcePosition previousPosition(Change change) {
        JsonPointer at = change.previousLocation();
        return at == null ? null : previous.position(at);
    }

    /**
     * Where a change stands in the later document: the line and column of its current location.
     *
     * @param change one of {@link #comparison()}'s changes
     * @return its position, or {@code null} if the change removes the element
     */
    public @Nullable SourcePosition currentPosition(Change change) {
        JsonPointer at = change.currentLocation();
        return at == null ? null : current.position(at);
    }
}
