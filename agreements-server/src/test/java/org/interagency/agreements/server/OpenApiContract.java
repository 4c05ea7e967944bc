package org.interagency.agreements.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's OpenAPI 3.1 description as a contract: every response a test receives must have
 * a status the description lists for its path and method, and a body that its schema for that
 * status and media type accepts (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DESCRIPTION = read();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private OpenApiContract() {
    }

    /** The description, as the jar ships it. */
    static JsonNode description() {
        return DESCRIPTION;
    }

    /** Fails unless {@code response} to {@code method} on {@code path} is as the description says. */
    static void check(String method, String path, HttpResponse<String> response) {
        JsonNode operation = DESCRIPTION.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertThat(operation.isObject()).as("%s %s is described", method, path).isTrue();
        String status = Integer.toString(response.statusCode());
        JsonNode described = operation.path("responses").path(status);
        assertThat(described.isObject()).as("%s %s may answer %s", method, path, status).isTrue();
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode content = described.path("content").path(mediaType);
        assertThat(content.isObject()).as("%s %s answers %s as %s", method, path, status, mediaType).isTrue();
        if (!mediaType.endsWith("json")) {
            return;
        }
        // The whole description is the schema's root, so that its $refs resolve; the root refers
        // to the response's schema. The description's other members are unknown keywords, ignored.
        ObjectNode root = DESCRIPTION.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status
                + "/content/" + escape(mediaType) + "/schema");
        JsonSchema schema = SCHEMAS.getSchema(root);
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " answered " + status + " with a body that is not JSON", e);
        }
        Set<ValidationMessage> errors = schema.validate(body);
        assertThat(errors).as("%s %s %s against the OpenAPI description", method, path, status).isEmpty();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode read() {
        try (InputStream in = Objects.requireNonNull(AgreementServer.class.getResourceAsStream("openapi.json"))) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
