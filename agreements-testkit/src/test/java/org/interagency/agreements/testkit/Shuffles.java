package org.interagency.agreements.testkit;

import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.ScopePath;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Reorders every list of an agreement whose order means nothing, at every depth: all lists but
 * the escalation levels (docs/versions.md, "Element keys"). Written from the model's records
 * rather than section by section, so that a list added to the model later is shuffled too.
 */
final class Shuffles {

    private Shuffles() {
    }

    /** {@code value} with its order-free lists shuffled by {@code random}. */
    @SuppressWarnings("unchecked")
    static <T> T shuffle(T value, Random random) {
        return (T) rebuild(value, random);
    }

    private static Object rebuild(Object value, Random random) {
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(rebuild(element, random));
            }
            return copy;
        }
        if (!(value instanceof Record) || value instanceof ScopePath || value instanceof Jurisdiction
                || value instanceof ProvisionTopic) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                Object component = components[i].getAccessor().invoke(value);
                values[i] = component == null ? null : rebuild(component, random);
                boolean ordered = value instanceof EscalationPath && components[i].getName().equals("levels");
                if (values[i] instanceof List<?> list && !ordered) {
                    Collections.shuffle((List<?>) list, random);
                }
            }
            Constructor<?> constructor = value.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
