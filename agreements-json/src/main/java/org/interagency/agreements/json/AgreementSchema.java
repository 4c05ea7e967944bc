package org.interagency.agreements.json;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * The JSON Schema (draft 2020-12) of the agreement document, for systems that are not written in
 * Java. It describes the structure the reader accepts: property names and types, required
 * properties, enum values, the syntax of ids, dates, periods, durations and hierarchical codes,
 * and the absence of unknown properties. The reader checks more than a schema can say (duplicate
 * keys, encoding, limits, forbidden characters); Bean Validation and the rules check the content.
 */
@API(status = STABLE, since = "0.1")
public final class AgreementSchema {

    /** The class-path resource of the schema, in this module. */
    public static final String RESOURCE = "/org/interagency/agreements/json/agreement.schema.json";

    /** The schema's {@code $id}. */
    public static final String ID = "https://interagency-agreements.org/schema/agreement-1.1.schema.json";

    /** The class-path resource of the waiver file's schema, in this module. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final String WAIVERS_RESOURCE = "/org/interagency/agreements/json/waivers.schema.json";

    /** The waiver file schema's {@code $id}. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final String WAIVERS_ID = "https://interagency-agreements.org/schema/waivers-1.0.schema.json";

    private static final String TEXT = load(RESOURCE);
    private static final String WAIVERS_TEXT = load(WAIVERS_RESOURCE);

    private AgreementSchema() {
    }

    /**
     * {@return the schema document, as JSON text}
     */
    public static String text() {
        return TEXT;
    }

    /**
     * {@return the schema of the waiver file ({@link AgreementJson#readWaivers(DocumentSource)}),
     * as JSON text}
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static String waiversText() {
        return WAIVERS_TEXT;
    }

    private static String load(String resource) {
        try (InputStream in = AgreementSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + resource + " is missing from agreements-json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
