package org.interagency.agreements;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every record of the model, found by walking the components of {@link Agreement}: lists are
 * copied in and cannot be changed through what the accessors return, and equal inputs make equal
 * values.
 */
class RecordImmutabilityTest {

    @TestFactory
    Stream<DynamicTest> listsPassedInAreCopied() {
        return modelRecords().stream().filter(RecordImmutabilityTest::hasListComponent)
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    Object[] args = sampleArguments(type);
                    Object value = construct(type, args);
                    List<List<Object>> before = listsOf(value);

                    for (Object arg : args) {
                        if (arg instanceof List<?> list) {
                            @SuppressWarnings("unchecked")
                            List<Object> mutable = (List<Object>) list;
                            mutable.clear();
                        }
                    }

                    assertThat(listsOf(value)).isEqualTo(before);
                    assertThat(before).allSatisfy(list -> assertThat(list).isNotEmpty());
                }));
    }

    @TestFactory
    Stream<DynamicTest> listsReturnedCannotBeModified() {
        return modelRecords().stream().filter(RecordImmutabilityTest::hasListComponent)
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    Object value = construct(type, sampleArguments(type));
                    for (RecordComponent component : type.getRecordComponents()) {
                        if (component.getType() == List.class) {
                            List<?> list = (List<?>) component.getAccessor().invoke(value);
                            assertThatThrownBy(list::clear)
                                    .as(component.getName())
                                    .isInstanceOf(UnsupportedOperationException.class);
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> missingListsBecomeEmptyLists() {
        // A path's segments are its value, not a collection that may be missing.
        return modelRecords().stream().filter(RecordImmutabilityTest::hasListComponent)
                .filter(type -> type != ScopePath.class && type != Jurisdiction.class)
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    Object[] args = sampleArguments(type);
                    RecordComponent[] components = type.getRecordComponents();
                    for (int i = 0; i < components.length; i++) {
                        if (components[i].getType() == List.class) {
                            args[i] = null;
                        }
                    }
                    Object value = construct(type, args);
                    for (RecordComponent component : components) {
                        if (component.getType() == List.class) {
                            assertThat((List<?>) component.getAccessor().invoke(value)).as(component.getName()).isEmpty();
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> equalInputsMakeEqualValues() {
        return modelRecords().stream()
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    Object first = construct(type, sampleArguments(type));
                    Object second = construct(type, sampleArguments(type));
                    assertThat(second).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
                }));
    }

    @TestFactory
    Stream<DynamicTest> listsRejectNullElements() {
        return modelRecords().stream().filter(RecordImmutabilityTest::hasListComponent)
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
                    Object[] args = sampleArguments(type);
                    for (Object arg : args) {
                        if (arg instanceof List<?> list) {
                            @SuppressWarnings("unchecked")
                            List<Object> mutable = (List<Object>) list;
                            mutable.add(null);
                            break;
                        }
                    }
                    assertThatThrownBy(() -> construct(type, args)).isInstanceOf(NullPointerException.class);
                }));
    }

    /** The record types reachable from {@link Agreement}, including Agreement itself. */
    static List<Class<?>> modelRecords() {
        Set<Class<?>> found = new LinkedHashSet<>();
        collect(Agreement.class, found);
        assertThat(found).hasSizeGreaterThan(20);
        return new ArrayList<>(found);
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!type.isRecord() || !found.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collect(component.getType(), found);
            if (component.getGenericType() instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
                collect(element, found);
            }
        }
    }

    private static boolean hasListComponent(Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == List.class) {
                return true;
            }
        }
        return false;
    }

    private static Object construct(Class<?> type, Object[] args) throws Throwable {
        Class<?>[] parameterTypes = Stream.of(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<List<Object>> listsOf(Object value) throws ReflectiveOperationException {
        List<List<Object>> lists = new ArrayList<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getType() == List.class) {
                lists.add(new ArrayList<>((List<?>) component.getAccessor().invoke(value)));
            }
        }
        return lists;
    }

    /** Fresh arguments for the canonical constructor; lists are new mutable lists with one element. */
    private static Object[] sampleArguments(Class<?> type) throws Throwable {
        if (type == ProvisionTopic.class) {
            // A topic's name is checked against the vocabulary: "sample-id" is not in it.
            return new Object[] {"verification"};
        }
        if (type == AgreedWaiver.class) {
            // A waiver names its finding by location or by fingerprint, never both.
            return new Object[] {"roles.no-accountable", "/responsibilities/0", null, "sample", "sample",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)};
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = sample(components[i].getGenericType());
        }
        return args;
    }

    /** A valid sample value of {@code type}, built from sample arguments. */
    static Object sample(Type type) throws Throwable {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            List<Object> list = new ArrayList<>();
            list.add(sample(parameterized.getActualTypeArguments()[0]));
            return list;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "sample-id";
        } else if (raw == int.class || raw == Integer.class) {
            return 2;
        } else if (raw == long.class || raw == Long.class) {
            return 2L;
        } else if (raw == boolean.class) {
            return true;
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2026, 1, 1);
        } else if (raw == Period.class) {
            return Period.ofYears(1);
        } else if (raw == Duration.class) {
            return Duration.ofHours(72);
        } else if (raw == BigDecimal.class) {
            return new BigDecimal("1.50");
        } else if (raw == ScopePath.class) {
            return ScopePath.parse("emergency/flood");
        } else if (raw == Jurisdiction.class) {
            return Jurisdiction.parse("us/tx");
        } else if (raw == ProvisionTopic.class) {
            return ProvisionTopic.VERIFICATION;
        } else if (raw == DateRange.class) {
            return DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw.isRecord()) {
            return construct(raw, sampleArguments(raw));
        }
        throw new AssertionError("no sample for " + raw);
    }
}
