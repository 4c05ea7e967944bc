package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.json.signing.CanonicalFormException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * RFC 8785 (JSON Canonicalization Scheme): the one byte sequence of a JSON value that every
 * implementation produces, to hash and sign.
 *
 * <ul>
 *   <li>no whitespace; properties sorted by their names as arrays of UTF-16 code units
 *       (section 3.2.3), which is {@link String#compareTo};</li>
 *   <li>strings escape only '"', '\\' and the controls U+0000 to U+001F, the latter as
 *       {@code \b \t \n \f \r} or {@code \\u00xx} (a backslash, "u" and four lower-case hex digits) (section 3.2.2.2);</li>
 *   <li>numbers are IEEE 754 doubles written as ECMAScript writes them (section 3.2.2.3);</li>
 *   <li>the output is UTF-8 (section 3.2.4).</li>
 * </ul>
 * Input must be I-JSON (RFC 7493): no duplicate names, no unpaired surrogates, numbers within
 * the range of a double.
 */
@API(status = INTERNAL, since = "0.1")
public final class Canonicalizer {

    private final JsonFactory factory;
    private final boolean exactNumbers;

    /**
     * A canonicalizer reading with {@code factory}.
     *
     * @param exactNumbers whether a number must equal its double exactly (as a decimal), so that
     *     no two different decimals share a canonical form; agreements require it
     */
    public Canonicalizer(JsonFactory factory, boolean exactNumbers) {
        this.factory = factory;
        this.exactNumbers = exactNumbers;
    }

    /** The canonical form of the JSON document {@code json}. */
    public byte[] canonicalize(byte[] json) {
        StrictUtf8.Violation violation = StrictUtf8.check(json, json.length);
        if (violation != null) {
            throw new CanonicalFormException("the input is not UTF-8 without a byte-order mark: "
                    + violation.message() + " (line " + violation.line() + ", column " + violation.column() + ")");
        }
        Object tree;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
            if (parser.nextToken() == null) {
                throw new CanonicalFormException("the input is empty");
            }
            tree = value(parser);
            if (parser.nextToken() != null) {
                throw new CanonicalFormException("the input holds more than one JSON value");
            }
        } catch (JacksonException e) {
            throw new CanonicalFormException("the input is not JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        StringBuilder text = new StringBuilder(json.length);
        write(tree, text);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON literal, kept apart from strings in the tree. */
    private enum Literal { NULL, TRUE, FALSE }

    /** A number already in canonical form. */
    private record Number(String canonical) {
    }

    private Object value(JsonParser parser) {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> members = new TreeMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    checkSurrogates(name);
                    parser.nextToken();
                    members.put(name, value(parser));
                }
                return members;
            }
            case START_ARRAY: {
                List<Object> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(value(parser));
                }
                return elements;
            }
            case VALUE_STRING: {
                String value = parser.getString();
                checkSurrogates(value);
                return value;
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(parser.getString());
            case VALUE_TRUE:
                return Literal.TRUE;
            case VALUE_FALSE:
                return Literal.FALSE;
            case VALUE_NULL:
                return Literal.NULL;
            default:
                throw new CanonicalFormException("unexpected JSON token " + token);
        }
    }

    private Number number(String text) {
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new CanonicalFormException("the number " + Messages.quote(text) + " is beyond the range of an IEEE 754"
                    + " double, which RFC 8785 requires (I-JSON, RFC 7493 section 2.2)");
        }
        String canonical = EcmaScriptNumbers.format(value);
        if (exactNumbers && new BigDecimal(text).compareTo(new BigDecimal(canonical)) != 0) {
            throw new CanonicalFormException("the number " + Messages.quote(text) + " cannot be canonicalized exactly:"
                    + " RFC 8785 writes numbers as IEEE 754 doubles, and the nearest double is " + canonical
                    + "; use at most 15 significant digits");
        }
        return new Number(canonical);
    }

    private static void checkSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new CanonicalFormException("the string " + Messages.quote(text) + " holds an unpaired surrogate,"
                        + " which I-JSON (RFC 7493 section 2.1) does not allow");
            }
        }
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> members) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : members.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string((String) member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> elements) {
            out.append('[');
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(elements.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number number) {
            out.append(number.canonical());
        } else {
            out.append(((Literal) value).name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
