package org.interagency.agreements.versions;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One change between two versions of an agreement: an element added or removed, or a value
 * changed, found by matching elements by their keys (ids, or the natural keys of
 * {@code docs/versions.md}), never by their place in a list.
 *
 * <p>{@link #element()} names the element or value by keys, the same in both versions:
 * {@code /responsibilities/evacuation/assignments/county-fire accountable * *} (a JSON Pointer
 * whose list tokens are keys). The locations are ordinary JSON Pointers into each document, for
 * showing the change where it stands. The values are {@linkplain Messages#quote(Object) quoted}
 * for a message; an element added or removed is shown by its key.
 *
 * @param kind added, removed or changed
 * @param changeClass whether the change binds anyone, from the model's table ({@link ChangeClass#of})
 * @param section the top-level part of the agreement changed, for example {@code "responsibilities"}
 * @param element the element or value changed, by keys
 * @param previousLocation where it stands in the previous version; {@code null} if added
 * @param currentLocation where it stands in the current version; {@code null} if removed
 * @param previousValue the previous value, quoted; {@code null} if added
 * @param currentValue the current value, quoted; {@code null} if removed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Change(
        ChangeKind kind,
        ChangeClass changeClass,
        String section,
        JsonPointer element,
        @Nullable JsonPointer previousLocation,
        @Nullable JsonPointer currentLocation,
        @Nullable String previousValue,
        @Nullable String currentValue) {

    /** The order of changes in a comparison: material first, then by element, then by kind. */
    public static final Comparator<Change> ORDER = Comparator.comparing(Change::changeClass)
            .thenComparing(Change::element)
            .thenComparing(Change::kind);

    /**
     * Checks that each side is present exactly when the kind says so.
     *
     * @param kind added, removed or changed
     * @param changeClass whether the change binds anyone, from the model's table ({@link
     *     ChangeClass#of})
     * @param section the top-level part of the agreement changed, for example {@code
     *     "responsibilities"}
     * @param element the element or value changed, by keys
     * @param previousLocation where it stands in the previous version; {@code null} if added
     * @param currentLocation where it stands in the current version; {@code null} if removed
     * @param previousValue the previous value, quoted; {@code null} if added
     * @param currentValue the current value, quoted; {@code null} if removed
     * @throws IllegalArgumentException if an added change has a previous side, a removed one a
     *     current side, or a changed one lacks either
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changeClass, "changeClass");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(element, "element");
        boolean hasPrevious = previousLocation != null && previousValue != null;
        boolean hasCurrent = currentLocation != null && currentValue != null;
        boolean coherent = switch (kind) {
            case ADDED -> !hasPrevious && previousLocation == null && hasCurrent;
            case REMOVED -> hasPrevious && !hasCurrent && currentLocation == null;
            case CHANGED -> hasPrevious && hasCurrent;
        };
        if (!coherent) {
            throw new IllegalArgumentException("a change " + kind + " at " + element
                    + " has a location and a value on exactly the sides where the element stands");
        }
    }

    /**
     * {@return whether the change alters what a party must or may do}
     */
    public boolean isMaterial() {
        return changeClass == ChangeClass.MATERIAL;
    }

    /**
     * {@return the same change seen from the other version: added and removed swap, and so do the
     * sides}
     */
    public Change mirror() {
        return new Change(kind.mirror(), changeClass, section, element, currentLocation, previousLocation,
                currentValue, previousValue);
    }

    /** One line: {@code MATERIAL CHANGED /term/expires: "2027-12-31" -> "2028-12-31"}. */
    @Override
    public String toString() {
        return changeClass + " " + kind + " " + Messages.escape(element) + ": "
                + (previousValue == null ? "(none)" : previousValue) + " -> " + (currentValue == null ? "(none)" : currentValue);
    }
}
