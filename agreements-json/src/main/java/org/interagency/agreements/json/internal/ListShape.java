package org.interagency.agreements.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.List;

/** A JSON array of values of one shape; a missing array is an empty list, and an empty list is not written. */
final class ListShape extends Shape {

    private final Shape element;

    ListShape(Shape element) {
        this.element = element;
    }

    Shape element() {
        return element;
    }

    @Override
    String description() {
        return "an array";
    }

    @Override
    Object read(DocumentReader reader) {
        if (reader.parser().currentToken() != JsonToken.START_ARRAY) {
            return reader.wrongType(this);
        }
        List<Object> values = new ArrayList<>();
        boolean failed = false;
        int index = 0;
        while (reader.parser().nextToken() != JsonToken.END_ARRAY) {
            reader.pushIndex(index++);
            Object value = RecordShape.readValue(reader, element);
            if (value == FAILED) {
                failed = true;
            } else {
                values.add(value);
            }
            reader.pop();
        }
        return failed ? FAILED : values;
    }

    @Override
    void write(Object value, JsonGenerator generator) {
        List<?> list = (List<?>) value;
        generator.writeStartArray(list, list.size());
        for (Object item : list) {
            element.write(item, generator);
        }
        generator.writeEndArray();
    }

    @Override
    boolean omits(Object value) {
        return ((List<?>) value).isEmpty();
    }
}
