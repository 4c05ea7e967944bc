package org.interagency.agreements.core.internal.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Safe echoing of values from an agreement in finding messages. An agreement may come from an
 * untrusted system, so a value is shortened and escaped before a person reads it: what the
 * reader sees is what was sent, and no value can forge a line break or hide behind a
 * bidirectional control character.
 */
final class Echo {

    /** Echoed values are cut to this many characters. */
    static final int MAX_ECHO = 60;

    /** Lists name at most this many values, then say how many more there are. */
    static final int MAX_LISTED = 5;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Echo() {
    }

    /**
     * {@code value} between double quotes, cut to {@value #MAX_ECHO} characters (then an
     * ellipsis), with quotes and backslashes escaped by a backslash, and control, format
     * (bidirectional, zero-width), surrogate and non-ASCII space characters as {@code \\uXXXX}.
     */
    static String quote(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_ECHO) + 8).append('"');
        for (int i = 0; i < text.length(); i++) {
            if (i == MAX_ECHO) {
                out.append('\u2026');
                break;
            }
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
                    || Character.isSpaceChar(c) && c != ' ' || Character.isSurrogate(c)) {
                out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                        .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * The values quoted and separated by commas, at most {@value #MAX_LISTED} of them followed
     * by "and N more"; "none" for no values.
     */
    static String list(Collection<?> values) {
        if (values.isEmpty()) {
            return "none";
        }
        List<String> quoted = new ArrayList<>();
        for (Object value : values) {
            if (quoted.size() == MAX_LISTED) {
                break;
            }
            quoted.add(quote(value));
        }
        String joined = String.join(", ", quoted);
        int more = values.size() - quoted.size();
        return more > 0 ? joined + " and " + more + " more" : joined;
    }
}
