package org.interagency.agreements.core.internal.versions;

import org.apiguardian.api.API;

import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.versions.ChangeClass;
import org.jspecify.annotations.Nullable;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The components of each model record, read once per record type: name, accessor, whether it is
 * a list (and whether the list's order means something), and its change class. Also how a value
 * is written in a document, for keys and for the values a change quotes.
 */
@API(status = INTERNAL, since = "0.1")
public final class ModelComponents {

    /**
     * One component of a record type.
     *
     * @param classed its change class; {@code null} if the table does not class it (a defect that
     *     ChangeClassTableTest rules out, kept from breaking anything but a comparison)
     */
    public record Component(String name, Method accessor, boolean isList, boolean ordered, @Nullable ChangeClass classed) {

        /** The change class, for a comparison. */
        public ChangeClass changeClass() {
            if (classed == null) {
                throw new IllegalStateException(name + " has no change class: add it to ChangeClasses (agreements-api)");
            }
            return classed;
        }

        /** The component's value in {@code record}. */
        public @Nullable Object value(Object record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
            }
        }
    }

    private static final ClassValue<ModelComponents> CACHE = new ClassValue<>() {
        @Override
        protected ModelComponents computeValue(Class<?> type) {
            return new ModelComponents(type);
        }
    };

    private final List<Component> components;
    private final Map<String, Component> byName = new HashMap<>();

    @SuppressWarnings("unchecked")
    private ModelComponents(Class<?> type) {
        RecordComponent[] declared = type.getRecordComponents();
        Component[] all = new Component[declared.length];
        for (int i = 0; i < declared.length; i++) {
            RecordComponent component = declared[i];
            Type generic = component.getGenericType();
            boolean isList = generic instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class;
            // Escalation levels are climbed in order: the one list whose order means something.
            boolean ordered = type == EscalationPath.class && component.getName().equals("levels");
            all[i] = new Component(component.getName(), component.getAccessor(), isList, ordered,
                    classOf((Class<? extends Record>) type, component.getName()));
            byName.put(component.getName(), all[i]);
        }
        this.components = List.of(all);
    }

    private static @Nullable ChangeClass classOf(Class<? extends Record> type, String component) {
        try {
            return ChangeClass.of(type, component);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The components of the record type {@code type}, in declaration order. */
    public static ModelComponents of(Class<?> type) {
        return CACHE.get(type);
    }

    /** The components in declaration order. */
    public List<Component> all() {
        return components;
    }

    /** The component named {@code name}, or {@code null}. */
    public @Nullable Component get(String name) {
        return byName.get(name);
    }

    /**
     * Whether {@code value} is a record compared component by component; scope paths,
     * jurisdictions and provision topics are records written as one string, and compared whole; so
     * is a reference to one version of an agreement ({@link AgreementVersion}), whose change is
     * classed by the component that holds it (the lineage, or the general terms an order names).
     */
    public static boolean isComposite(Object value) {
        return value instanceof Record && !(value instanceof ScopePath) && !(value instanceof Jurisdiction)
                && !(value instanceof ProvisionTopic) && !(value instanceof AgreementVersion);
    }

    /**
     * {@code value} as a document writes it: an enum in lower-case kebab-case ({@code in-force}),
     * a date range as {@code start..end}, other values by their string form.
     */
    public static String written(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (value instanceof DateRange range) {
            return range.start() + ".." + (range.end() == null ? "" : range.end().toString());
        }
        return value.toString();
    }
}
