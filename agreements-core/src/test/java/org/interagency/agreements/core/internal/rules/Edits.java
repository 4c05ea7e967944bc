package org.interagency.agreements.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small edits of the baseline's lists, to derive one defect at a time. */
final class Edits {

    private Edits() {
    }

    /** {@code list} with the element at {@code index} changed by {@code edit}. */
    static <T> List<T> change(List<T> list, int index, UnaryOperator<T> edit) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, edit.apply(copy.get(index)));
        return copy;
    }

    /** {@code list} with {@code element} added at the end. */
    static <T> List<T> plus(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
