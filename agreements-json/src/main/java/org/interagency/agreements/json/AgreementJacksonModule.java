package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.json.internal.JacksonBindings;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The Jackson 3 module for the agreement model, for users who bind agreements with their own
 * {@code ObjectMapper}: it registers a serializer and a deserializer for every record and enum
 * of the model, writing and reading the document format exactly as {@link AgreementJson} does
 * (and rejecting what it rejects: unknown and duplicate properties, {@code null}, coercions).
 * It is found by {@code ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * picks it up, or it can be added by hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AgreementJacksonModule()).build();
 * Agreement agreement = mapper.readValue(json, Agreement.class);
 * }</pre>
 *
 * <p>A failure surfaces as Jackson's {@code DatabindException} whose cause is the
 * {@link AgreementReadException} with every problem. The limits are the mapper's own
 * ({@code StreamReadConstraints}); for untrusted input prefer {@link AgreementJson}, whose
 * defaults are tighter and which checks the encoding strictly. With a YAML mapper, only a plain
 * {@code null} is rejected as null: Jackson's YAML parser does not say whether a scalar was
 * quoted, so {@code ~}, {@code Null}, {@code NULL} and an empty value are read as text there,
 * while {@link AgreementJson#read(DocumentSource)} rejects them all.
 */
@API(status = STABLE, since = "0.1")
public final class AgreementJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module, with a (de)serializer for every model type. */
    public AgreementJacksonModule() {
        super("interagency-agreements", Version.unknownVersion());
        JacksonBindings.register(this);
    }
}
