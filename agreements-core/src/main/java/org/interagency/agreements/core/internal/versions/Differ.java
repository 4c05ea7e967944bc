package org.interagency.agreements.core.internal.versions;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.versions.Change;
import org.interagency.agreements.versions.ChangeClass;
import org.interagency.agreements.versions.ChangeKind;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Compares two versions of an agreement component by component, and the elements of each list by
 * key (by position for the escalation levels, whose order means something).
 *
 * <p>Each list is matched through a hash map of its keys, so the walk is linear in the size of
 * the agreement (times the depth of the model, for the equality checks that skip unchanged
 * parts); sorting the changes makes the whole O(n log n).
 */
@API(status = INTERNAL, since = "0.1")
public final class Differ {

    private final List<Change> changes = new ArrayList<>();

    private Differ() {
    }

    /** The changes from {@code previous} to {@code current}, unsorted. */
    public static List<Change> changes(Agreement previous, Agreement current) {
        Differ differ = new Differ();
        differ.record(previous, current, new Place(null, JsonPointer.root(), JsonPointer.root(), JsonPointer.root()));
        return differ.changes;
    }

    /** Where a comparison stands: the section, the key path, and the pointer into each version. */
    private record Place(@Nullable String section, JsonPointer element, JsonPointer previous, JsonPointer current) {

        Place component(String name) {
            return new Place(section == null ? name : section, element.append(name), previous.append(name),
                    current.append(name));
        }

        Place element(String key, int previousIndex, int currentIndex) {
            return new Place(section, element.append(key), previous.append(previousIndex), current.append(currentIndex));
        }

        String sectionOrRoot() {
            return section == null ? "" : section;
        }
    }

    private void record(Object previous, Object current, Place place) {
        for (ModelComponents.Component component : ModelComponents.of(previous.getClass()).all()) {
            Object before = component.value(previous);
            Object after = component.value(current);
            Place at = place.component(component.name());
            if (component.isList()) {
                list((List<?>) Objects.requireNonNull(before), (List<?>) Objects.requireNonNull(after), component, at);
            } else {
                value(before, after, component.changeClass(), at);
            }
        }
    }

    private void value(@Nullable Object before, @Nullable Object after, ChangeClass changeClass, Place at) {
        if (before == null && after == null) {
            return;
        }
        if (before == null) {
            changes.add(new Change(ChangeKind.ADDED, changeClass, at.sectionOrRoot(), at.element(), null, at.current(),
                    null, quote(after)));
        } else if (after == null) {
            changes.add(new Change(ChangeKind.REMOVED, changeClass, at.sectionOrRoot(), at.element(), at.previous(), null,
                    quote(before), null));
        } else if (ModelComponents.isComposite(before)) {
            if (!before.equals(after)) {
                record(before, after, at);
            }
        } else if (!same(before, after)) {
            changes.add(new Change(ChangeKind.CHANGED, changeClass, at.sectionOrRoot(), at.element(), at.previous(),
                    at.current(), quote(before), quote(after)));
        }
    }

    private void list(List<?> before, List<?> after, ModelComponents.Component component, Place at) {
        if (before.equals(after)) {
            return;
        }
        if (component.ordered()) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                String position = Integer.toString(i);
                if (i >= before.size()) {
                    added(component, at, position, i);
                } else if (i >= after.size()) {
                    removed(component, at, position, i);
                } else {
                    element(before.get(i), after.get(i), component, at.element(position, i, i));
                }
            }
            return;
        }
        String[] beforeKeys = Keys.of(before);
        String[] afterKeys = Keys.of(after);
        Map<String, Integer> afterIndex = new HashMap<>(afterKeys.length * 2);
        for (int j = 0; j < afterKeys.length; j++) {
            afterIndex.put(afterKeys[j], j);
        }
        boolean[] matched = new boolean[afterKeys.length];
        for (int i = 0; i < beforeKeys.length; i++) {
            Integer j = afterIndex.get(beforeKeys[i]);
            if (j == null) {
                removed(component, at, beforeKeys[i], i);
            } else {
                matched[j] = true;
                element(before.get(i), after.get(j), component, at.element(beforeKeys[i], i, j));
            }
        }
        for (int j = 0; j < afterKeys.length; j++) {
            if (!matched[j]) {
                added(component, at, afterKeys[j], j);
            }
        }
    }

    /** Two elements with one key: a composite compared component by component; a plain value is its own key. */
    private void element(Object before, Object after, ModelComponents.Component list, Place at) {
        if (before.equals(after)) {
            return;
        }
        if (ModelComponents.isComposite(before)) {
            record(before, after, at);
        } else if (!same(before, after)) {
            changes.add(new Change(ChangeKind.CHANGED, list.changeClass(), at.sectionOrRoot(), at.element(), at.previous(),
                    at.current(), quote(before), quote(after)));
        }
    }

    private void added(ModelComponents.Component list, Place at, String key, int index) {
        changes.add(new Change(ChangeKind.ADDED, list.changeClass(), at.sectionOrRoot(), at.element().append(key), null,
                at.current().append(index), null, Messages.quote(key)));
    }

    private void removed(ModelComponents.Component list, Place at, String key, int index) {
        changes.add(new Change(ChangeKind.REMOVED, list.changeClass(), at.sectionOrRoot(), at.element().append(key),
                at.previous().append(index), null, Messages.quote(key), null));
    }

    /** Equal values; numbers by value, as a document means them ({@code 1.0} is {@code 1.00}). */
    private static boolean same(Object before, Object after) {
        if (before instanceof BigDecimal a && after instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return before.equals(after);
    }

    private static String quote(Object value) {
        return Messages.quote(ModelComponents.written(value));
    }
}
