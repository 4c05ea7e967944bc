package org.interagency.agreements.json;

import org.interagency.agreements.rules.JsonPointer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command line's former {@code LocationIndex}, kept as the oracle of {@link SourcePositions}:
 * a second, independent pass of Jackson's streaming parser over a document already read, which
 * takes Jackson's own path of every token as its pointer. A member is located at its key, an
 * array element at its first token, and a pointer the document does not spell out at its nearest
 * written ancestor.
 */
final class LocationIndexOracle {

    private static final TokenStreamFactory JSON = JsonFactory.builder().build();
    private static final TokenStreamFactory YAML = YAMLFactory.builder().build();

    private final Map<JsonPointer, SourcePosition> positions;

    private LocationIndexOracle(Map<JsonPointer, SourcePosition> positions) {
        this.positions = Map.copyOf(positions);
    }

    static LocationIndexOracle of(byte[] document, DocumentSyntax syntax) {
        Map<JsonPointer, SourcePosition> positions = new HashMap<>();
        TokenStreamFactory factory = syntax == DocumentSyntax.YAML ? YAML : JSON;
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
        }
        return new LocationIndexOracle(positions);
    }

    /** Every pointer the document writes out. */
    Set<JsonPointer> pointers() {
        return positions.keySet();
    }

    /** Where {@code pointer} (or its nearest written ancestor) starts. */
    SourcePosition locate(JsonPointer pointer) {
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
