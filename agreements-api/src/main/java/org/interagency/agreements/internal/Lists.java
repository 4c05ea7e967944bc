package org.interagency.agreements.internal;

import org.apiguardian.api.API;

import org.jspecify.annotations.Nullable;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Copying of the collections that model records receive. */
@API(status = INTERNAL, since = "0.1")
public final class Lists {

    private Lists() {
    }

    /**
     * An immutable copy of {@code list}; a missing list becomes an empty one.
     *
     * @throws NullPointerException if the list contains {@code null}, naming {@code what}
     */
    public static <T> List<T> copy(@Nullable List<? extends T> list, String what) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        for (T item : list) {
            if (item == null) {
                throw new NullPointerException(what + " must not contain null");
            }
        }
        return List.copyOf(list);
    }
}
