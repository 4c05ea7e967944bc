package org.interagency.agreements.json;

import org.interagency.agreements.rules.JsonPointer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
        try (JsonParser parser = syntax == DocumentSyntax.YAML
                ? factory.createParser(ObjectReadContext.empty(), wholeCodePoints(new String(document, StandardCharsets.UTF_8)))
                : factory.createParser(ObjectReadContext.empty(), document)) {
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

    /**
     * A reader of {@code text} whose reads of more than one char never end on a high surrogate.
     * snakeyaml-engine 3.0.1 reads one char past its 1 024-char buffer when a read fills it and
     * ends on a high surrogate (IndexOutOfBoundsException, from Jackson's UTF-8 reader and a
     * StringReader alike), so a document with a character outside the BMP at char 1 024 cannot
     * be parsed otherwise; the library's own YAML reader avoids it the same way.
     */
    private static Reader wholeCodePoints(String text) {
        return new Reader() {
            private int next;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (next >= text.length()) {
                    return -1;
                }
                int end = Math.min(text.length(), next + length);
                if (end - next > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
                text.getChars(next, end, buffer, offset);
                int read = end - next;
                next = end;
                return read;
            }

            @Override
            public void close() {
            }
        };
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
