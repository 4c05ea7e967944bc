package org.interagency.agreements.rules;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A location in the document form of an agreement, as an RFC 6901 JSON Pointer:
 * {@code /responsibilities/3/assignments/1} is the second assignment of the fourth
 * responsibility. The document's keys are the names of the model's record components, and list
 * indexes count from zero, so a pointer also names a place in the Java model.
 *
 * <p>Pointers order token by token; two tokens that are both array indexes compare as numbers
 * ({@code /parties/2} before {@code /parties/10}), others as strings, and a pointer comes before
 * the pointers below it. Reports sort their findings in this order.
 *
 * @param tokens the reference tokens, unescaped; empty for the whole document
 */
@API(status = STABLE, since = "0.1")
public record JsonPointer(List<String> tokens) implements Comparable<JsonPointer> {

    private static final JsonPointer ROOT = new JsonPointer(List.of());

    // The text of the indexes most pointers hold, made once rather than per pointer.
    private static final String[] SMALL_INDEXES = new String[256];

    static {
        for (int i = 0; i < SMALL_INDEXES.length; i++) {
            SMALL_INDEXES[i] = Integer.toString(i);
        }
    }

    /**
     * Copies the tokens.
     *
     * @param tokens the reference tokens, unescaped; empty for the whole document
     */
    public JsonPointer {
        tokens = tokens instanceof Tokens already ? already : new Tokens(tokens);
    }

    /**
     * {@return the pointer to the whole document, written as the empty string}
     */
    public static JsonPointer root() {
        return ROOT;
    }

    /**
     * A pointer from tokens, where each token is a {@link String} key or an {@link Integer}
     * index: {@code JsonPointer.of("parties", 2, "agencyId")}.
     *
     * @param tokens the reference tokens, from the root down
     * @return the pointer
     */
    public static JsonPointer of(Object... tokens) {
        // Straight into the classified form: rules and the assessment make many small pointers.
        int n = tokens.length;
        String[] text = new String[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            Object token = tokens[i];
            if (token instanceof Integer position) {
                text[i] = token(position);
                index[i] = position;
            } else {
                text[i] = token(token);
                index[i] = Tokens.classify(text[i]);
            }
        }
        return new JsonPointer(new Tokens(text, index));
    }

    /**
     * Reads a pointer in its RFC 6901 string form.
     *
     * @param text the pointer as written, for example {@code /parties/2/agencyId}
     * @return the pointer
     * @throws IllegalArgumentException if {@code text} is neither empty nor starts with
     *     {@code '/'}, or has a {@code '~'} not followed by {@code 0} or {@code 1}
     */
    public static JsonPointer parse(String text) {
        if (text.isEmpty()) {
            return ROOT;
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer is empty or starts with '/'");
        }
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '/') {
                tokens.add(token.toString());
                token.setLength(0);
                continue;
            }
            char c = text.charAt(i);
            if (c == '~') {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                if (next != '0' && next != '1') {
                    throw new IllegalArgumentException("'~' in a JSON Pointer must be followed by 0 or 1 (RFC 6901 section 3)");
                }
                token.append(next == '0' ? '~' : '/');
                i++;
            } else {
                token.append(c);
            }
        }
        return new JsonPointer(tokens);
    }

    /**
     * {@return the pointer to the member {@code key} of the value this pointer locates}
     *
     * @param key the member's name
     */
    public JsonPointer append(String key) {
        Objects.requireNonNull(key, "key");
        List<String> extended = new ArrayList<>(tokens.size() + 1);
        extended.addAll(tokens);
        extended.add(key);
        return new JsonPointer(extended);
    }

    /**
     * {@return the pointer to the element {@code index} of the array this pointer locates}
     *
     * @param index the element's index, from 0
     */
    public JsonPointer append(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("an array index is not negative: " + index);
        }
        return append(Integer.toString(index));
    }

    /**
     * {@return the pointer that extends this one by each of {@code tokens}}
     *
     * @param tokens the tokens to append, each a {@link String} key or an {@link Integer} index
     */
    public JsonPointer append(Object... tokens) {
        List<String> extended = new ArrayList<>(this.tokens.size() + tokens.length);
        extended.addAll(this.tokens);
        for (Object token : tokens) {
            extended.add(token(token));
        }
        return new JsonPointer(extended);
    }

    /**
     * {@return whether this is the pointer to the whole document}
     */
    public boolean isRoot() {
        return tokens.isEmpty();
    }

    /**
     * {@return whether {@code other} is this pointer or lies below it}
     *
     * @param other another pointer
     */
    public boolean contains(JsonPointer other) {
        return tokens.size() <= other.tokens.size() && other.tokens.subList(0, tokens.size()).equals(tokens);
    }

    @Override
    public int compareTo(JsonPointer other) {
        // Findings at one place usually share its pointer: ties cost one comparison of references.
        return tokens == other.tokens ? 0 : ((Tokens) tokens).compareTo((Tokens) other.tokens);
    }

    /** The RFC 6901 form: {@code ""} for the root, otherwise {@code '/'} before each token, escaped. */
    @Override
    public String toString() {
        return ((Tokens) tokens).text();
    }

    private static String token(Object token) {
        if (token instanceof Integer index) {
            if (index < 0) {
                throw new IllegalArgumentException("an array index is not negative: " + index);
            }
            return index < SMALL_INDEXES.length ? SMALL_INDEXES[index] : index.toString();
        }
        if (token instanceof String key) {
            return key;
        }
        throw new IllegalArgumentException("a pointer token is a String or an Integer, not " + token);
    }

    /**
     * The tokens, each classified once as an array index or a name, so that sorting the findings
     * of a report does not classify them again at every comparison: at 2.3 million findings the
     * classification was 17 % of a check.
     */
    private static final class Tokens extends AbstractList<String> implements RandomAccess {

        /** In {@link #index}: a name, not an array index. */
        private static final int NAME = -1;
        /** In {@link #index}: an array index too long for an {@code int}, compared by its digits. */
        private static final int LONG_INDEX = -2;

        private final String[] tokens;
        // Each token's value if it is an array index that fits an int, else NAME or LONG_INDEX.
        private final int[] index;
        // Written when first asked for; a race between two first readers writes the same string twice.
        private @Nullable String text;

        Tokens(String[] tokens, int[] index) {
            this.tokens = tokens;
            this.index = index;
        }

        Tokens(List<String> given) {
            int n = given.size();
            tokens = new String[n];
            index = new int[n];
            for (int i = 0; i < n; i++) {
                String token = Objects.requireNonNull(given.get(i), "token");
                tokens[i] = token;
                index[i] = classify(token);
            }
        }

        /** The RFC 6901 form, written once: reports and fingerprints print one pointer many times. */
        String text() {
            String written = text;
            if (written == null) {
                StringBuilder out = new StringBuilder();
                for (String token : tokens) {
                    out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
                }
                written = out.toString();
                text = written;
            }
            return written;
        }

        @Override
        public String get(int i) {
            return tokens[i];
        }

        @Override
        public int size() {
            return tokens.length;
        }

        /** Token by token: two indexes as numbers, otherwise as strings; a prefix first. */
        int compareTo(Tokens other) {
            int n = Math.min(tokens.length, other.tokens.length);
            for (int i = 0; i < n; i++) {
                String a = tokens[i];
                String b = other.tokens[i];
                if (a == b) {
                    continue;
                }
                int x = index[i];
                int y = other.index[i];
                int c;
                if (x >= 0 && y >= 0) {
                    c = Integer.compare(x, y);
                } else if (x != NAME && y != NAME) {
                    // Two indexes, one at least too long for an int; without leading zeros the
                    // longer is the larger.
                    c = a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
                } else {
                    c = a.compareTo(b);
                }
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(tokens.length, other.tokens.length);
        }

        /**
         * The token's value if it is an array index that fits an int ({@code 0} or digits without
         * a leading zero, RFC 6901 section 4), else {@link #NAME} or {@link #LONG_INDEX}.
         */
        private static int classify(String token) {
            int n = token.length();
            if (n == 0 || n > 1 && token.charAt(0) == '0') {
                return NAME;
            }
            long value = 0;
            for (int i = 0; i < n; i++) {
                char c = token.charAt(i);
                if (c < '0' || c > '9') {
                    return NAME;
                }
                if (value <= Integer.MAX_VALUE) {
                    value = value * 10 + (c - '0');
                }
            }
            return value <= Integer.MAX_VALUE ? (int) value : LONG_INDEX;
        }
    }
}
