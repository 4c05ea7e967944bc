package org.interagency.agreements.cli.internal;

import org.interagency.agreements.rules.JsonPointer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a document starts in its file, by JSON Pointer, so that a finding located
 * at {@code /responsibilities/2/assignments/0} can be shown at its line and column.
 *
 * <p>Built with one pass of Jackson's streaming parser over a document that has already been
 * read successfully (and so within the reader's limits). A member is located at its key, an
 * array element at its first token. A pointer to something the document does not spell out (an
 * omitted empty list, say) is located at its nearest written ancestor. Immutable.
 */
public final class LocationIndex {

    private static final TokenStreamFactory JSON = JsonFactory.builder().build();
    private static final TokenStreamFactory YAML = YAMLFactory.builder().build();

    private final Map<JsonPointer, SourcePosition> positions;

    private LocationIndex(Map<JsonPointer, SourcePosition> positions) {
        this.positions = Map.copyOf(positions);
    }

    /** An index that places everything at the start of the file, for documents not indexed. */
    public static LocationIndex empty() {
        return new LocationIndex(Map.of());
    }

    /**
     * Indexes {@code document}. A document that cannot be parsed gives the index of what was
     * parsed before the problem (the reader reports the problem itself).
     */
    public static LocationIndex of(byte[] document, DocumentFormat format) {
        Map<JsonPointer, SourcePosition> positions = new HashMap<>();
        TokenStreamFactory factory = format == DocumentFormat.YAML ? YAML : JSON;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                // Jackson's own path of the current token: for a property name it ends with the
                // name, for an array element with its index; a new object or array has no
                // segment of its own yet, so it takes its parent's path.
                String path = parser.streamReadContext().pathAsPointer().toString();
                positions.putIfAbsent(JsonPointer.parse(path), position(parser.currentTokenLocation()));
            }
        } catch (JacksonException | IllegalArgumentException e) {
            // Keep what was indexed: the reader has reported (or will report) the problem.
        }
        return new LocationIndex(positions);
    }

    /** Where {@code pointer} (or its nearest written ancestor) starts in the file. */
    public SourcePosition locate(JsonPointer pointer) {
        JsonPointer current = pointer;
        while (true) {
            SourcePosition position = positions.get(current);
            if (position != null) {
                return position;
            }
            if (current.isRoot()) {
                return SourcePosition.START;
            }
            current = new JsonPointer(current.tokens().subList(0, current.tokens().size() - 1));
        }
    }

    private static SourcePosition position(TokenStreamLocation location) {
        return new SourcePosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
