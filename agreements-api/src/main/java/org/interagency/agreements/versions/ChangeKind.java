package org.interagency.agreements.versions;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** What happened to an element or a value between two versions of an agreement. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ChangeKind {
    /** Present in the current version only: a new element of a list, or a value that was absent. */
    ADDED,
    /** Present in the previous version only: an element dropped from a list, or a value left out. */
    REMOVED,
    /** Present in both versions with different values. */
    CHANGED;

    /**
     * {@return the kind of the same change seen from the other version: added and removed swap}
     */
    public ChangeKind mirror() {
        return switch (this) {
            case ADDED -> REMOVED;
            case REMOVED -> ADDED;
            case CHANGED -> CHANGED;
        };
    }
}
