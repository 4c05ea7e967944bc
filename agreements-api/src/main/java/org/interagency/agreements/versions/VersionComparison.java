package org.interagency.agreements.versions;

import org.apiguardian.api.API;

import org.interagency.agreements.AgreementVersion;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The changes between two versions of one agreement, material first: what agreements-core's
 * {@code AgreementDiff} computes, and what a rule gets from
 * {@link org.interagency.agreements.rules.RuleContext#previousVersion()}.
 *
 * <p>Reordering a list whose order means nothing is no change; a renamed title is one change.
 * The comparison is the same whichever order the lists of either version were in.
 *
 * @param agreementId the id the two versions share
 * @param previous the previous version, if its document says which it is
 * @param current the current version, if its document says which it is
 * @param changes the changes, in {@link Change#ORDER}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VersionComparison(
        String agreementId,
        @Nullable AgreementVersion previous,
        @Nullable AgreementVersion current,
        List<Change> changes) {

    /**
     * Sorts and copies the changes.
     *
     * @param agreementId the id the two versions share
     * @param previous the previous version, if its document says which it is
     * @param current the current version, if its document says which it is
     * @param changes the changes, in {@link Change#ORDER}
     */
    public VersionComparison {
        Objects.requireNonNull(agreementId, "agreementId");
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Change.ORDER);
        changes = List.copyOf(sorted);
    }

    /**
     * {@return whether the two versions are the same agreement, list order aside}
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * {@return whether any change alters what a party must or may do}
     */
    public boolean hasMaterialChanges() {
        return changes.stream().anyMatch(Change::isMaterial);
    }

    /**
     * {@return the material changes, in order}
     */
    public List<Change> material() {
        return changes.stream().filter(Change::isMaterial).toList();
    }

    /**
     * {@return the administrative changes, in order}
     */
    public List<Change> administrative() {
        return changes.stream().filter(change -> !change.isMaterial()).toList();
    }

    /**
     * {@return the same comparison seen from the other version: every change mirrored, the versions
     * swapped}
     */
    public VersionComparison mirror() {
        return new VersionComparison(agreementId, current, previous, changes.stream().map(Change::mirror).toList());
    }
}
