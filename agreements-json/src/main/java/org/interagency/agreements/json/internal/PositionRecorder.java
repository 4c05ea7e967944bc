package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Where each value of one document starts, recorded while the document is read, in one pass:
 * a member at its property name, an array element at its first token, the document at its first
 * token. Asked for a pointer, it answers with the position of the value, or of the nearest
 * ancestor the document writes out (an omitted empty list is located at its object).
 *
 * <p>The values are numbered in the order they are entered (the document's own order, parents
 * before children), and each is one {@code long}: its depth (7 bits), whether it is an array
 * element (1 bit), and, for JSON read by {@link PositionedJsonFactory}'s parser, the byte offset
 * where it starts. The depth is all the tree needs, since the values come in document order: a
 * value's parent is the last value entered one level up. Everything else is worked out on the
 * first query, from the document's bytes, which the recorder keeps: the children of each value,
 * the line starts (to turn an offset into a line and column as Jackson counts them), and a
 * property's name (decoded from the bytes at its offset, only for the values a pointer passes
 * through). A read so stores 8 bytes per value and makes no String and no object per value;
 * keeping the name and the line and column instead took three stores and 13 bytes per value,
 * and positions cost 11 to 15 % of a read of a typical agreement.
 *
 * <p>A document read by any other parser (YAML, and the parsers tests pass in) is recorded from
 * Jackson's location of each token instead: its line and column, and its property name, in two
 * more arrays; no offset or bytes are kept.
 *
 * <p>Written by the one thread that reads the document; once the read has returned, only read.
 * The index is built on the first query and published through a volatile field; two threads that
 * build it at once build equal ones.
 */
@API(status = INTERNAL, since = "0.1")
public final class PositionRecorder {

    /**
     * The deepest value the 7 bits of a depth hold. Only the values of the model's shapes are
     * entered (an unknown property is, its content is skipped), and the model nests a few levels
     * deep, so no document comes near it; the check in {@link #enter} keeps a wrapped depth from
     * ever misplacing a value.
     */
    private static final int MAX_DEPTH = 127;
    private static final long ELEMENT = 1L << 7;
    private static final int OFFSET_SHIFT = 8;

    /** The document's bytes, if values are recorded by offset; null if by line and column. */
    private final byte @Nullable [] text;
    private final int length;
    private long[] values;
    /** By line and column only: each value's property name (null for an array element). */
    private @Nullable String @Nullable [] names;
    /** By line and column only: each value's line and column, the line in the high half. */
    private long @Nullable [] lineColumns;
    private int count;

    private volatile @Nullable Index index;

    private PositionRecorder(byte @Nullable [] text, int length) {
        // One value per 16 bytes: compact agreements hold one per 20 or so, so the array seldom
        // grows (growing it cost as much as filling it).
        this(text, length, new long[Math.max(64, length / 16)]);
    }

    private PositionRecorder(byte @Nullable [] text, int length, long[] values) {
        this.text = text;
        this.length = length;
        this.values = values;
    }

    /**
     * A recorder of the values of the first {@code length} bytes of {@code text}, by offset: for
     * {@link PositionedJsonFactory}'s parser. The bytes are kept and read again on the first query,
     * so they must not change while the positions are used.
     */
    static PositionRecorder byOffset(byte[] text, int length) {
        return new PositionRecorder(text, length);
    }

    /** A recorder of the values of a document of {@code length} bytes, by line and column. */
    static PositionRecorder byLineAndColumn(int length) {
        PositionRecorder recorder = new PositionRecorder(null, length);
        recorder.names = new String[recorder.values.length];
        recorder.lineColumns = new long[recorder.values.length];
        return recorder;
    }

    /**
     * {@return these positions, reading a copy of the document's bytes from now on} For a
     * document whose bytes the caller gave and may change after the read; positions recorded by
     * line and column keep no bytes and are returned as they are. Call it once the read is done.
     */
    public PositionRecorder withOwnBytes() {
        if (text == null) {
            return this;
        }
        PositionRecorder copy = new PositionRecorder(Arrays.copyOf(text, length), length, values);
        copy.count = count;
        return copy;
    }

    /** Whether values are recorded by offset ({@link #enter(int, boolean, int)}). */
    boolean byOffset() {
        return text != null;
    }

    /**
     * Records the value entered at {@code depth} (0 for the document, 1 for a member of it), an
     * array element (or the document) or a property, starting at byte {@code offset}: a property
     * at the opening quote of its name. The document is entered first.
     */
    void enter(int depth, boolean element, int offset) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("a value nests " + depth + " levels deep, more than " + MAX_DEPTH);
        }
        int node = count;
        long[] recorded = values;
        if (node == recorded.length) {
            recorded = Arrays.copyOf(recorded, node + (node >> 1));
            values = recorded;
        }
        recorded[node] = (long) offset << OFFSET_SHIFT | (element ? ELEMENT : 0) | depth;
        count = node + 1;
    }

    /**
     * Records the value entered at {@code depth}, the property {@code name}, or an array element
     * (or the document) if {@code name} is null, starting at {@code line} and {@code column}; a
     * parser's 0 or -1 for a place it does not know becomes 1.
     */
    void enter(int depth, @Nullable String name, int line, int column) {
        int node = count;
        enter(depth, name == null, 0);
        @Nullable String[] recordedNames = names;
        long[] recordedPlaces = lineColumns;
        if (recordedNames == null || recordedPlaces == null) {
            throw new IllegalStateException("this recorder records values by offset");
        }
        if (node == recordedNames.length) {
            recordedNames = Arrays.copyOf(recordedNames, values.length);
            recordedPlaces = Arrays.copyOf(recordedPlaces, values.length);
            names = recordedNames;
            lineColumns = recordedPlaces;
        }
        recordedNames[node] = name;
        recordedPlaces[node] = (long) Math.max(1, line) << 32 | Math.max(1, column);
    }

    /** How many values were recorded. */
    int size() {
        return count;
    }

    /**
     * Where {@code pointer}, or its nearest recorded ancestor, starts; the start of the document
     * if nothing was recorded.
     */
    public SourcePosition locate(JsonPointer pointer) {
        if (count == 0) {
            return SourcePosition.START;
        }
        Index built = index();
        int node = 0;
        List<String> tokens = pointer.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int child = built.child(node, tokens.get(i));
            if (child < 0) {
                break;
            }
            node = child;
        }
        return built.position(node);
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            built = new Index();
            index = built;
        }
        return built;
    }

    private int depth(int node) {
        return (int) values[node] & MAX_DEPTH;
    }

    private boolean isElement(int node) {
        return (values[node] & ELEMENT) != 0;
    }

    private int offset(int node) {
        return (int) (values[node] >>> OFFSET_SHIFT);
    }

    /** The property name of {@code node}, which is not an array element. */
    private String name(int node) {
        byte[] bytes = text;
        if (bytes == null) {
            return Objects.requireNonNull(Objects.requireNonNull(names)[node]);
        }
        return JsonNames.decode(bytes, offset(node));
    }

    /**
     * The children of every value, grouped by parent in document order (a counting sort of the
     * parent numbers): the children of value {@code v} are {@code order[start[v] .. start[v + 1])};
     * and, for values recorded by offset, where each line starts.
     */
    private final class Index {
        private final int[] start = new int[count + 1];
        private final int[] order = new int[count];
        private final int @Nullable [] lineStarts;

        Index() {
            // The parents are worked out from the depths twice, once to count and once to place,
            // rather than kept in an array.
            Parents parents = new Parents();
            for (int node = 1; node < count; node++) {
                start[parents.of(node) + 1]++;
            }
            for (int node = 0; node < count; node++) {
                start[node + 1] += start[node];
            }
            int[] next = Arrays.copyOf(start, count);
            parents = new Parents();
            for (int node = 1; node < count; node++) {
                order[next[parents.of(node)]++] = node;
            }
            lineStarts = text == null ? null : lineStarts(text, length);
        }

        /** The child of {@code node} that {@code token} names, or -1. */
        int child(int node, String token) {
            int from = start[node];
            int to = start[node + 1];
            if (from == to) {
                return -1;
            }
            if (isElement(order[from])) {
                int element = arrayIndex(token);
                return element >= 0 && element < to - from ? order[from + element] : -1;
            }
            for (int i = from; i < to; i++) {
                if (token.equals(name(order[i]))) {
                    return order[i];
                }
            }
            return -1;
        }

        /** Where {@code node} starts. */
        SourcePosition position(int node) {
            int[] lines = lineStarts;
            if (lines == null) {
                long place = Objects.requireNonNull(lineColumns)[node];
                return new SourcePosition((int) (place >>> 32), (int) place);
            }
            int offset = offset(node);
            // The last line that starts at or before the offset (lines[0] is 0).
            int found = Arrays.binarySearch(lines, offset);
            int line = found >= 0 ? found : -found - 2;
            return new SourcePosition(line + 1, offset - lines[line] + 1);
        }
    }

    /**
     * Where each line of {@code text} starts, as Jackson's UTF-8 parser counts lines: after a line
     * feed, after a carriage return and line feed, and after a carriage return alone. (Within a
     * string a raw line end is not allowed, so every line end the document has is counted.)
     */
    static int[] lineStarts(byte[] text, int length) {
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < length; i++) {
            byte b = text[i];
            if (b == '\n' || b == '\r' && (i + 1 == length || text[i + 1] != '\n')) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, lines);
    }

    /**
     * The parent of each value, asked for in document order: the last value entered one level
     * up, kept for each level open at the time.
     */
    private final class Parents {
        private final int[] open = new int[MAX_DEPTH + 1];

        /** The parent of {@code node}, after the parents of every value before it were asked for. */
        int of(int node) {
            int depth = depth(node);
            open[depth] = node;
            return depth == 0 ? 0 : open[depth - 1];
        }
    }

    /** The array index a pointer token spells (RFC 6901: {@code 0}, or digits without a leading zero), or -1. */
    private static int arrayIndex(String token) {
        int length = token.length();
        if (length == 0 || length > 9 || (length > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        return index;
    }

    /** Property names decoded from the bytes of a JSON document that Jackson has read without error. */
    static final class JsonNames {

        private JsonNames() {
        }

        /**
         * The name whose opening quote is at {@code quote}: the UTF-8 between the quotes, with
         * JSON's escapes (RFC 8259 §7) undone, as Jackson decodes it. UTF-8 never has a byte of
         * {@code "} or {@code \} inside a multi-byte character, so runs between escapes are whole
         * characters.
         */
        static String decode(byte[] text, int quote) {
            int from = quote + 1;
            int end = runEnd(text, from);
            if (text[end] == '"') {
                return new String(text, from, end - from, StandardCharsets.UTF_8);
            }
            StringBuilder name = new StringBuilder(end - from + 8);
            int at = from;
            while (true) {
                end = runEnd(text, at);
                name.append(new String(text, at, end - at, StandardCharsets.UTF_8));
                if (text[end] == '"') {
                    return name.toString();
                }
                byte escaped = text[end + 1];
                at = end + 2;
                switch (escaped) {
                    case 'b' -> name.append('\b');
                    case 'f' -> name.append('\f');
                    case 'n' -> name.append('\n');
                    case 'r' -> name.append('\r');
                    case 't' -> name.append('\t');
                    case 'u' -> {
                        name.append((char) Integer.parseInt(new String(text, at, 4, StandardCharsets.ISO_8859_1), 16));
                        at += 4;
                    }
                    default -> name.append((char) escaped); // '"', '\\' and '/' stand for themselves
                }
            }
        }

        /** The index of the first {@code "} or {@code \} at or after {@code from}. */
        private static int runEnd(byte[] text, int from) {
            int i = from;
            while (text[i] != '"' && text[i] != '\\') {
                i++;
            }
            return i;
        }
    }
}
