package org.interagency.agreements.json.internal;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.json.ProblemKind;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object for a model record: one property per record component, named like it. Unknown
 * and duplicate properties are problems (a lenient reader reports unknown ones as findings);
 * missing required values and explicit {@code null} are problems; a missing list is empty.
 */
final class RecordShape extends Shape {

    /**
     * One property of the object; {@code sinceMinor} is the minor schema version that added it
     * (0 for the properties of 1.0).
     */
    record Property(String name, Shape shape, boolean required, Method accessor, int sinceMinor) {
    }

    private final Class<?> type;
    private final String noun;
    private final Property[] properties;
    private final Map<String, Integer> indexByName = new HashMap<>();
    /** The property names as Jackson matches them, from the bytes of a name, without a String. */
    private final PropertyNameMatcher matcher;
    private final int longestName;
    private final Constructor<?> constructor;
    /** {@link #holdsAddedProperties()}, computed on first use (the shapes it depends on are complete by then). */
    private volatile @Nullable Boolean holdsAdded;

    RecordShape(Class<?> type, String noun, List<Property> properties, Constructor<?> constructor) {
        this.type = type;
        this.noun = noun;
        this.properties = properties.toArray(new Property[0]);
        for (int i = 0; i < this.properties.length; i++) {
            indexByName.put(this.properties[i].name(), i);
        }
        this.matcher = BinaryNameMatcher.construct(names());
        this.longestName = names().stream().mapToInt(String::length).max().orElse(0);
        this.constructor = constructor;
    }

    Class<?> type() {
        return type;
    }

    List<Property> properties() {
        return List.of(properties);
    }

    @Override
    String description() {
        return "an object (" + noun + ")";
    }

    /** Reads a value of {@code shape} at the current token, rejecting null and YAML anchors, aliases and tags. */
    static Object readValue(DocumentReader reader, Shape shape) {
        if (reader.isNull()) {
            reader.problem(ProblemKind.NULL_VALUE, "null is not allowed: leave an absent value out, and write an"
                    + " absent list as [] or leave it out (expected " + shape.description() + ")");
            return FAILED;
        }
        if (!reader.plainNode()) {
            reader.skip();
            return FAILED;
        }
        return shape.read(reader);
    }

    @Override
    Object read(DocumentReader reader) {
        if (reader.parser().currentToken() != JsonToken.START_OBJECT) {
            return reader.wrongType(this);
        }
        TokenStreamLocation start = reader.location();
        Object[] values = new Object[properties.length];
        boolean[] seen = new boolean[properties.length];
        Set<String> unknownSeen = null;
        boolean failed = false;
        JsonParser parser = reader.parser();
        boolean byBytes = reader.matchesNamesFromBytes(longestName);
        int index;
        while ((index = byBytes ? parser.nextNameMatch(matcher) : nextNameMatchAsText(parser))
                != PropertyNameMatcher.MATCH_END_OBJECT) {
            if (index == PropertyNameMatcher.MATCH_ODD_TOKEN) {
                throw new IllegalStateException("unexpected token " + parser.currentToken() + " in an object");
            }
            String name = parser.currentName();
            reader.push(name);
            if (index == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
                if (unknownSeen == null) {
                    unknownSeen = new HashSet<>();
                }
                if (!unknownSeen.add(name)) {
                    reader.problem(ProblemKind.DUPLICATE_KEY, "the property " + Messages.quote(name) + " appears twice in"
                            + " this " + noun + "; keep one");
                    failed = true;
                } else if (!unknown(reader, name)) {
                    failed = true;
                }
                parser.nextToken();
                reader.skipReportingYamlFeatures();
            } else if (seen[index]) {
                reader.problem(ProblemKind.DUPLICATE_KEY, "the property " + Messages.quote(name) + " appears twice in this "
                        + noun + "; keep one");
                failed = true;
                parser.nextToken();
                reader.skipReportingYamlFeatures();
            } else {
                seen[index] = true;
                if (properties[index].sinceMinor() > 0) {
                    reader.addedProperty(name, properties[index].sinceMinor());
                }
                parser.nextToken();
                Object value = readValue(reader, properties[index].shape());
                if (value == FAILED) {
                    failed = true;
                } else {
                    values[index] = value;
                    if (index == 0 && reader.depth() == 1 && "schemaVersion".equals(name)) {
                        SchemaVersion.check((String) value, reader);
                    }
                }
            }
            reader.pop();
        }
        for (int i = 0; i < properties.length; i++) {
            if (seen[i]) {
                continue;
            }
            Property property = properties[i];
            if (property.shape() instanceof ListShape) {
                values[i] = List.of();
            } else if (property.required()) {
                reader.problem(ProblemKind.MISSING_VALUE, "this " + noun + " has no " + Messages.quote(property.name())
                        + ", which is required (" + property.shape().description() + ")", start,
                        reader.pointer().append(property.name()));
                failed = true;
            }
        }
        if (failed) {
            return FAILED;
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                reader.problem(ProblemKind.INVALID_VALUE, "this " + noun + " is not valid: " + cause.getMessage(),
                        start, reader.pointer());
                return FAILED;
            }
            throw new IllegalStateException("the " + type.getSimpleName() + " constructor failed", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    /**
     * The next property name as {@link JsonParser#nextNameMatch} gives it, from the name parsed
     * as text, so that the parser checks its length.
     */
    private int nextNameMatchAsText(JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.PROPERTY_NAME) {
            return matcher.matchName(parser.currentName());
        }
        return token == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }

    /** Handles an unknown property; returns whether reading may still succeed. */
    private boolean unknown(DocumentReader reader, String name) {
        String nearest = Messages.didYouMean(name, indexByName.keySet()).orElse(null);
        String message;
        if ("<<".equals(name)) {
            message = "YAML merge keys (<<) are not supported in agreements; write the properties out in full";
        } else {
            message = "this " + noun + " has no property " + Messages.quote(name)
                    + (nearest == null ? "" : " (did you mean \"" + nearest + "\"?)");
        }
        String version = reader.declaredVersion();
        String hint = version != null && reader.declaredMinor() > SchemaVersion.CURRENT_MINOR
                ? "the document declares schemaVersion " + Messages.quote(version) + " and this library reads "
                        + SchemaVersion.CURRENT + "; properties added after " + SchemaVersion.CURRENT + " are unknown to it"
                : null;
        if (reader.isLenient() && !"<<".equals(name)) {
            reader.finding(message + "; it was ignored", hint);
            return true;
        }
        reader.problem(ProblemKind.UNKNOWN_PROPERTY, message + "; allowed: " + String.join(", ", names())
                + (hint == null ? "" : " (" + hint + ")"));
        return false;
    }

    private List<String> names() {
        String[] names = new String[properties.length];
        for (int i = 0; i < properties.length; i++) {
            names[i] = properties[i].name();
        }
        return List.of(names);
    }

    /**
     * The JSON Pointer of the first property in {@code value} (a value of this shape, at
     * {@code pointer}) that a minor version after {@code minor} added and that would be written,
     * or null if there is none. Only the records that can hold such a property are visited: a
     * 1.0 agreement's responsibilities, say, are not.
     */
    @Nullable String propertyAddedAfter(Object value, int minor, String pointer) {
        for (Property property : properties) {
            Object component = get(property, value);
            if (component == null || property.shape().omits(component)) {
                continue;
            }
            String at = pointer + "/" + property.name();
            if (property.sinceMinor() > minor) {
                return at;
            }
            Shape shape = property.shape();
            if (shape instanceof ListShape list && list.element() instanceof RecordShape element
                    && element.holdsAddedProperties()) {
                List<?> items = (List<?>) component;
                for (int i = 0; i < items.size(); i++) {
                    String found = element.propertyAddedAfter(items.get(i), minor, at + "/" + i);
                    if (found != null) {
                        return found;
                    }
                }
            } else if (shape instanceof RecordShape record && record.holdsAddedProperties()) {
                String found = record.propertyAddedAfter(component, minor, at);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether this record, or one it contains, has a property added after version 1.0. */
    boolean holdsAddedProperties() {
        Boolean known = holdsAdded;
        if (known == null) {
            boolean holds = false;
            for (Property property : properties) {
                Shape shape = property.shape() instanceof ListShape list ? list.element() : property.shape();
                holds |= property.sinceMinor() > 0 || (shape instanceof RecordShape record && record != this
                        && record.holdsAddedProperties());
            }
            known = holds;
            holdsAdded = known;
        }
        return known;
    }

    @Override
    void write(Object value, JsonGenerator generator) {
        generator.writeStartObject(value);
        for (Property property : properties) {
            Object component = get(property, value);
            if (component == null || property.shape().omits(component)) {
                continue;
            }
            generator.writeName(property.name());
            property.shape().write(component, generator);
        }
        generator.writeEndObject();
    }

    private static @Nullable Object get(Property property, Object record) {
        try {
            return property.accessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + property.name(), e);
        }
    }
}
