package org.interagency.agreements.core.internal.assessment;

import org.interagency.agreements.rules.JsonPointer;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The evidence of one criterion: an immutable list of JSON Pointers, each made when it is first
 * read. A check records the shape of a pointer ({@code /goals/#/due}) and its indexes; most
 * assessments are never printed with {@code --explain}, and making every pointer up front was a
 * quarter of the assessment's cost on the typical agreement. Equal, element by element, to the
 * list of the same pointers made eagerly ({@link List#equals}, {@link List#hashCode} and
 * {@code toString} are those of any list).
 */
public final class Evidence extends AbstractList<JsonPointer> implements RandomAccess {

    // One pointer to each top-level section, and the one-element list of it: "every element of the
    // section counts" is the commonest evidence, and the same in every assessment.
    private static final ConcurrentHashMap<String, List<JsonPointer>> SECTIONS = new ConcurrentHashMap<>();

    // Each item is a JsonPointer (given, or made from its shape when first read) or a Shape.
    private final Object[] items;
    // The indexes of item k's shape are at 2k and 2k + 1.
    private final int[] indexes;
    private final int size;

    private Evidence(Object[] items, int[] indexes, int size) {
        this.items = items;
        this.indexes = indexes;
        this.size = size;
    }

    /** The pointer to the top-level member {@code section}: {@code /goals}. */
    static JsonPointer section(String section) {
        return sectionList(section).get(0);
    }

    /** The one-element list of {@link #section(String)}. */
    static List<JsonPointer> sectionList(String section) {
        List<JsonPointer> list = SECTIONS.get(section);
        if (list == null) {
            list = SECTIONS.computeIfAbsent(section, s -> List.of(JsonPointer.of(s)));
        }
        return list;
    }

    /** A new, empty builder. */
    static Builder builder() {
        return new Builder();
    }

    @Override
    public JsonPointer get(int index) {
        Objects.checkIndex(index, size);
        Object item = items[index];
        if (item instanceof JsonPointer pointer) {
            return pointer;
        }
        JsonPointer made = ((Shape) item).pointer(indexes[2 * index], indexes[2 * index + 1]);
        // Two first readers on two threads each make an equal pointer; a JsonPointer is immutable
        // (final fields), so either may be the one kept.
        items[index] = made;
        return made;
    }

    @Override
    public int size() {
        return size;
    }

    // Unmodifiable as List.copyOf's lists are: every mutator throws, even one that would change nothing.

    @Override
    public boolean removeIf(Predicate<? super JsonPointer> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(UnaryOperator<JsonPointer> operator) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sort(Comparator<? super JsonPointer> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends JsonPointer> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    /**
     * The form of a pointer below a top-level section, with one or two array indexes:
     * {@code Shape.of("goals", INDEX, "due")} is {@code /goals/#/due}.
     */
    static final class Shape {

        /** In {@link #of(Object...)}: the place of an array index. */
        static final Object INDEX = new Object();

        private final Object[] template;

        private Shape(Object[] template) {
            this.template = template;
        }

        /**
         * A shape from its tokens: {@link String} keys and one or two {@link #INDEX} places.
         *
         * @throws IllegalArgumentException if there is no index place or more than two
         */
        static Shape of(Object... template) {
            long places = Arrays.stream(template).filter(t -> t == INDEX).count();
            if (places < 1 || places > 2) {
                throw new IllegalArgumentException("a shape has one or two index places, not " + places);
            }
            return new Shape(template.clone());
        }

        JsonPointer pointer(int first, int second) {
            Object[] tokens = new Object[template.length];
            boolean firstPlace = true;
            for (int i = 0; i < tokens.length; i++) {
                if (template[i] == INDEX) {
                    tokens[i] = firstPlace ? first : second;
                    firstPlace = false;
                } else {
                    tokens[i] = template[i];
                }
            }
            return JsonPointer.of(tokens);
        }
    }

    /** Collects the pointers of one check, in the order it finds them. Not thread-safe. */
    static final class Builder {

        private static final Object[] NO_ITEMS = {};
        private static final int[] NO_INDEXES = {};

        // Allocated at the first pointer: many checks collect none.
        private Object[] items = NO_ITEMS;
        private int[] indexes = NO_INDEXES;
        private int size;

        private Builder() {
        }

        /** Adds a pointer already made. */
        Builder add(JsonPointer pointer) {
            return put(Objects.requireNonNull(pointer, "pointer"), 0, 0);
        }

        /** Adds the pointer of a shape with one index place. */
        Builder add(Shape shape, int index) {
            return put(shape, index, 0);
        }

        /** Adds the pointer of a shape with two index places. */
        Builder add(Shape shape, int first, int second) {
            return put(shape, first, second);
        }

        /** Adds every pointer of {@code pointers}, in order. */
        Builder addAll(List<JsonPointer> pointers) {
            if (pointers instanceof Evidence evidence) {
                for (int k = 0; k < evidence.size; k++) {
                    put(evidence.items[k], evidence.indexes[2 * k], evidence.indexes[2 * k + 1]);
                }
            } else {
                for (JsonPointer pointer : pointers) {
                    add(pointer);
                }
            }
            return this;
        }

        /** Adds every pointer of {@code other}, in order. */
        Builder addAll(Builder other) {
            for (int k = 0; k < other.size; k++) {
                put(other.items[k], other.indexes[2 * k], other.indexes[2 * k + 1]);
            }
            return this;
        }

        private Builder put(Object item, int first, int second) {
            if (first < 0 || second < 0) {
                throw new IllegalArgumentException("an array index is not negative: " + Math.min(first, second));
            }
            if (size == items.length) {
                int capacity = Math.max(4, size * 2);
                items = Arrays.copyOf(items, capacity);
                indexes = Arrays.copyOf(indexes, 2 * capacity);
            }
            items[size] = item;
            indexes[2 * size] = first;
            indexes[2 * size + 1] = second;
            size++;
            return this;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int size() {
            return size;
        }

        /** The pointers collected; the builder is not to be used afterwards. */
        List<JsonPointer> build() {
            if (size == 0) {
                return List.of();
            }
            if (size == 1 && items[0] instanceof JsonPointer pointer) {
                return List.of(pointer);
            }
            return new Evidence(items, indexes, size);
        }

        /** The pointers collected, or {@code otherwise} if there are none. */
        List<JsonPointer> buildOr(List<JsonPointer> otherwise) {
            return size == 0 ? otherwise : build();
        }
    }
}
