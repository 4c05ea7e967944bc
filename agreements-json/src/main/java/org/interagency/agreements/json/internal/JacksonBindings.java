package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.json.InvalidDocumentException;
import org.interagency.agreements.json.AgreementJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The serializers and deserializers of the Jackson module, one pair per model type, backed by the shapes. */
@API(status = INTERNAL, since = "0.1")
public final class JacksonBindings {

    private JacksonBindings() {
    }

    /** Adds a serializer and a deserializer for every model type to {@code module}. */
    public static void register(SimpleModule module) {
        for (Map.Entry<Class<?>, Shape> entry : Model.instance().modelTypes().entrySet()) {
            add(module, entry.getKey(), entry.getValue());
        }
    }

    private static <T> void add(SimpleModule module, Class<T> type, Shape shape) {
        module.addSerializer(type, new ShapeSerializer<>(shape));
        module.addDeserializer(type, new ShapeDeserializer<>(type, shape));
    }

    private static final class ShapeSerializer<T> extends ValueSerializer<T> {
        private final Shape shape;

        ShapeSerializer(Shape shape) {
            this.shape = shape;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            shape.write(value, generator);
        }
    }

    private static final class ShapeDeserializer<T> extends ValueDeserializer<T> {
        private static final Limits PROBLEMS = new Limits(0, 0, 0, 0, AgreementJson.DEFAULT_MAX_NUMBER_LENGTH, 0,
                AgreementJson.DEFAULT_MAX_PROBLEMS);

        private final Class<T> type;
        private final Shape shape;

        ShapeDeserializer(Class<T> type, Shape shape) {
            this.type = type;
            this.shape = shape;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            DocumentReader reader = new DocumentReader(parser, PROBLEMS, false);
            Object value;
            try {
                value = RecordShape.readValue(reader, shape);
            } catch (DocumentReader.TooManyProblems e) {
                InvalidDocumentException failure = new InvalidDocumentException(reader.problems(), true);
                throw DatabindException.from(parser, failure.getMessage(), failure);
            }
            if (!reader.problems().isEmpty() || value == Shape.FAILED) {
                InvalidDocumentException failure = new InvalidDocumentException(reader.problems(), false);
                throw DatabindException.from(parser, failure.getMessage(), failure);
            }
            return type.cast(value);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
